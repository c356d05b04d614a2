package lv.pmlp.iaiar.api.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import lv.pmlp.iaiar.api.embedded.H2FileMigration;
import lv.pmlp.iaiar.api.embedded.MvStoreBackend;
import lv.pmlp.iaiar.api.embedded.MvStoreSettings;
import lv.pmlp.iaiar.api.embedded.TtlSweep;

/**
 * The embedded default's MongoDB-compatible store: mongo-java-server in-process on {@link MvStoreBackend}. It has
 * no transactions and no {@code $text}, which is why every projection is an idempotent upsert. With
 * {@code persistent} the data lives under {@code register.data-directory}/mongo: the read models and tokens in a
 * file committed in the background about every second (they can be rebuilt from the log); the access log and the
 * personal-data keys, which cannot, in a file committed every 100 ms, a key written to disk before it is used. A
 * directory of the earlier layout ({@code mongo.mv}) is copied over once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "register.embedded-mongo", name = "enabled", havingValue = "true")
class EmbeddedMongoConfig {

    @Bean(destroyMethod = "shutdownNow")
    MongoServer embeddedMongoServer(RegisterProperties properties) throws IOException {
        RegisterProperties.EmbeddedMongo settings = properties.embeddedMongo();
        MongoBackend backend;
        if (settings.persistent()) {
            Path directory = properties.dataDirectory().resolve("mongo").toAbsolutePath();
            Set<String> durable = Set.of(properties.keyStore().database(), properties.accessLog().database());
            MvStoreSettings store = new MvStoreSettings(settings.cacheSizeMb(), settings.autoCommitBufferKb(), settings.compress(),
                    settings.autoCompactFillRate());
            H2FileMigration.migrateIfNeeded(properties.dataDirectory().resolve("mongo.mv").toAbsolutePath(), directory, store, durable);
            backend = MvStoreBackend.open(directory, store, durable, Set.of(properties.keyStore().database()));
        } else {
            backend = MvStoreBackend.inMemory();
        }
        // No oplog: nothing here uses change streams, and an oplog would keep copies of erased personal data.
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", settings.port());
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoServer server, MongoProperties mongo) {
        InetSocketAddress address = server.getLocalAddress();
        return MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + mongo.getMongoClientDatabase());
    }

    @Bean
    EmbeddedTtl embeddedTtl(MongoClient client, java.time.Clock clock) {
        return new EmbeddedTtl(new TtlSweep(client), clock);
    }

    /** Expires documents under TTL indexes (the idempotency keys) once a minute, as MongoDB does. */
    record EmbeddedTtl(TtlSweep sweep, java.time.Clock clock) {

        @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
        void expire() {
            sweep.sweep(clock.instant());
        }
    }
}
