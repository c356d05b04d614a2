package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The register on stores it does not start itself: a PostgreSQL given by URL, and the Axon Server profile. */
class AlternativeStoresTest {

    @Test
    void anExternalPostgresGivenByUrlHoldsTheLog() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext app = start("postgres",
                     "spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                     "spring.datasource.username=postgres")) {
            RegisterClient api = new RegisterClient(port(app));
            String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();

            assertThat(app.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            try (var connection = external.getPostgresDatabase().getConnection();
                 var query = connection.prepareStatement("select count(*) from domain_event_entry where aggregate_identifier = ?")) {
                query.setString(1, personId);
                var result = query.executeQuery();
                result.next();
                assertThat(result.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void theAxonServerProfileUsesAxonServerAndKeepsTokensInMongo() {
        MongoServer mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        try (ConfigurableApplicationContext app = start("axonserver",
                "MONGODB_URI=mongodb://" + address.getHostString() + ":" + address.getPort() + "/iaiar",
                "AXONSERVER_SERVERS=localhost:1",
                "axon.axonserver.connect-timeout=100")) {
            assertThat(app.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(app.getBean(TokenStore.class)).isInstanceOf(MongoTokenStore.class);
            assertThat(app.getBeansOfType(DataSource.class)).isEmpty();
            assertThat(app.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            assertThat(app.getBeansOfType(MongoServer.class)).isEmpty();
        } finally {
            mongo.shutdownNow();
        }
    }

    /** Settings as command-line arguments: builder "properties" are defaults, which application.yml overrides. */
    private static ConfigurableApplicationContext start(String profile, String... properties) {
        IaiarApplication.configureProcess();
        List<String> settings = new ArrayList<>(List.of("server.port=0", "register.embedded-mongo.persistent=false",
                "register.deadlines.poll-interval=PT24H", "register.deadlines.initial-delay=PT24H",
                "logging.level.root=WARN", "logging.level.io.axoniq=OFF", "logging.level.org.axonframework.axonserver=OFF"));
        settings.addAll(List.of(properties));
        return new SpringApplicationBuilder(IaiarApplication.class)
                .profiles(profile)
                .run(settings.stream().map(s -> "--" + s).toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
