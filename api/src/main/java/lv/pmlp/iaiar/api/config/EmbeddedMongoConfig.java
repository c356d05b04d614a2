package lv.pmlp.iaiar.api.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The embedded default's read-model store: mongo-java-server in-process. It has no transactions and no
 * {@code $text}, which is why every projection is an idempotent upsert. With {@code persistent} the data lives
 * in an H2 file under {@code register.data-directory}; either way the read models can be rebuilt from the log.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "register.embedded-mongo", name = "enabled", havingValue = "true")
class EmbeddedMongoConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfig.class);

    @Bean(destroyMethod = "shutdownNow")
    MongoServer embeddedMongoServer(RegisterProperties properties) throws IOException {
        MongoBackend backend;
        if (properties.embeddedMongo().persistent()) {
            Path file = properties.dataDirectory().resolve("mongo.mv").toAbsolutePath();
            Files.createDirectories(file.getParent());
            backend = new H2Backend(file.toString());
            log.info("Embedded MongoDB keeps the read models in {}", file);
        } else {
            backend = new MemoryBackend();
        }
        // No oplog: nothing here uses change streams, and an oplog would keep copies of erased personal data.
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", properties.embeddedMongo().port());
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoServer server, MongoProperties mongo) {
        InetSocketAddress address = server.getLocalAddress();
        return MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + mongo.getMongoClientDatabase());
    }
}
