package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import lv.pmlp.iaiar.command.deadline.DeadlineDispatcher;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.events.returncase.VoluntaryDepartureDeadlineMissedEvent;

/**
 * The embedded default keeps its data between runs: after a restart on the same data directory the log is
 * intact and a deadline scheduled before the restart still fires, and a search index lost meanwhile is rebuilt.
 */
class EmbeddedDefaultRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theLogAndPendingDeadlinesSurviveARestart() {
        LocalDate tenDaysAgo = LocalDate.now(BusinessCalendar.ZONE).minusDays(10);
        String caseId;
        try (ConfigurableApplicationContext first = start()) {
            RegisterClient api = new RegisterClient(port(first));
            String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
            caseId = api.post("vrs.officer", "/api/v1/return-cases", Requests.openCase(personId, tenDaysAgo)).id();
            assertThat(api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/departure-orders",
                    Requests.departureOrder(tenDaysAgo, 7)).status()).isEqualTo(201);
            MongoTemplate mongo = first.getBean(MongoTemplate.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> mongo.getCollection("scheduled_deadlines").countDocuments() == 1);
        }

        try (ConfigurableApplicationContext second = start()) {
            EventStore log = second.getBean(EventStore.class);
            assertThat(log.readEvents(caseId).asStream().count()).isEqualTo(2);

            assertThat(second.getBean(DeadlineDispatcher.class).dispatchPassed()).isEqualTo(1);

            assertThat(log.readEvents(caseId).asStream().map(e -> e.getPayloadType()).toList())
                    .last().isEqualTo(VoluntaryDepartureDeadlineMissedEvent.class);
        }
    }

    @Test
    void aSearchIndexLostWhileTheLogWasKeptIsRebuiltAtStart() throws Exception {
        String index = "person-search-restart-" + UUID.randomUUID();
        String personId;
        try (ConfigurableApplicationContext first = start("register.elasticsearch.index=" + index)) {
            RegisterClient api = new RegisterClient(port(first));
            personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
            await().atMost(Duration.ofSeconds(30)).until(() -> found(api, personId));
        }
        // the node lost the index (its data deleted); the tracking token in MongoDB says the log was processed
        HttpResponse<String> deleted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(System.getProperty("register.elasticsearch.url") + "/" + index)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(200);

        try (ConfigurableApplicationContext second = start("register.elasticsearch.index=" + index)) {
            RegisterClient api = new RegisterClient(port(second));
            await().atMost(Duration.ofSeconds(30)).until(() -> found(api, personId));
        }
    }

    private static boolean found(RegisterClient api, String personId) {
        return api.get("auditor", "/api/v1/persons/search?purpose=restart-check&name=Ivanovs").body().path("hits").findValuesAsText("personId")
                .contains(personId);
    }

    /**
     * Settings as command-line arguments: builder "properties" are defaults, which application.yml overrides,
     * so register.data-directory would silently stay ./data and the runs would share it.
     */
    private ConfigurableApplicationContext start(String... extraProperties) {
        IaiarApplication.configureProcess();
        List<String> settings = new ArrayList<>(List.of(
                "server.port=0",
                "register.data-directory=" + dataDirectory,
                "register.embedded-postgres.persistent=true",
                "register.embedded-mongo.persistent=true",
                "register.deadlines.poll-interval=PT24H",
                "register.deadlines.initial-delay=PT24H",
                "logging.level.root=WARN"));
        settings.addAll(List.of(extraProperties));
        return new SpringApplicationBuilder(IaiarApplication.class)
                .run(settings.stream().map(s -> "--" + s).toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
