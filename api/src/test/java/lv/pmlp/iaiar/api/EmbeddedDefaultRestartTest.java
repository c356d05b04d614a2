package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

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
 * intact and a deadline scheduled before the restart still fires.
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

    private ConfigurableApplicationContext start() {
        IaiarApplication.configureProcess();
        return new SpringApplicationBuilder(IaiarApplication.class)
                .properties(
                        "server.port=0",
                        "register.data-directory=" + dataDirectory,
                        "register.embedded-postgres.persistent=true",
                        "register.embedded-mongo.persistent=true",
                        "register.deadlines.poll-interval=PT24H",
                        "register.deadlines.initial-delay=PT24H",
                        "logging.level.root=WARN")
                .run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
