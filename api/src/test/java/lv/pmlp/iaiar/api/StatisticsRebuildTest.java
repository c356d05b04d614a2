package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import lv.pmlp.iaiar.api.admin.ProjectionRebuilds;
import lv.pmlp.iaiar.projections.ReadModelCollections;
import lv.pmlp.iaiar.projections.ReadModels;

/**
 * The statistics read model is derived data like the others: rebuilt from the log, or fed the same events again,
 * it comes out the same, document for document; frozen snapshots are not derived and survive a rebuild.
 */
@RegisterApiTest
class StatisticsRebuildTest {

    @Autowired
    RegisterClient api;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokens;

    /** Orders, a removal with a ban, a departure, a shortened ban and a corrected citizenship, in 2021. */
    @BeforeEach
    void aMixOfCases() {
        var s = new StatisticsScenario(api);
        for (int i = 0; i < 4; i++) {
            String person = s.person(i % 2 == 0 ? "RU" : "BY", i % 2 == 0 ? "MALE" : "FEMALE", LocalDate.of(1980 + i * 7, 3, 1),
                    LocalDate.of(2021, 1, 4));
            String kase = s.openCase(person, LocalDate.of(2021, 2, 1 + i));
            if (i == 3) {
                String decision = s.forcedExpulsion(kase, LocalDate.of(2021, 2, 10), "P3Y");
                s.removal(kase, decision, LocalDate.of(2021, 3, 1), "BY");
                continue;
            }
            String order = s.departureOrder(kase, LocalDate.of(2021, 2, 5 + i), 20);
            if (i == 1) {
                s.departure(kase, order, LocalDate.of(2021, 2, 20), "BY", "UNKNOWN");
            }
            if (i == 2) {
                api.post("vrs.officer", "/api/v1/persons/" + person + "/amendments",
                        Map.of("citizenships", List.of("UZ"), "reason", "passport verified"));
            }
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> rebuilds.positions().stream().allMatch(p -> p.caughtUp()));
    }

    @Test
    void aRebuildReproducesTheStatisticsAndKeepsFrozenSnapshots() {
        Map<String, List<Document>> live = snapshot();
        var frozen = api.post("analyst", "/api/v1/statistics/eurostat/snapshots", Map.of("dataset", "migr_eiord", "period", "2021"));

        var started = api.post("administrator", "/api/v1/admin/projections/rebuilds",
                Map.of("projections", List.of(ReadModels.STATISTICS)));
        assertThat(started.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("administrator", started.headers().get("location")).body().get("state").asText(),
                        "COMPLETED"::equals);

        ReadModelDocuments.assertSame(snapshot(), live);
        JsonNode kept = api.get("analyst", frozen.headers().get("location")).body();
        assertThat(kept.get("sha256").asText()).isEqualTo(frozen.body().get("sha256").asText());
    }

    @Test
    void eventsDeliveredASecondTimeChangeNothing() {
        Map<String, List<Document>> live = snapshot();

        StreamingEventProcessor processor = processing.eventProcessor(ReadModels.STATISTICS, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        // back to the start without the reset handler, so every event is applied again on top of what is there
        DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            for (int segment : tokens.fetchSegments(processor.getName())) {
                tokens.storeToken(null, processor.getName(), segment);
            }
            return null;
        });
        processor.start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> rebuilds.positions().stream().allMatch(p -> p.caughtUp()));

        ReadModelDocuments.assertSame(snapshot(), live);
    }

    private Map<String, List<Document>> snapshot() {
        Map<String, List<Document>> all = ReadModelDocuments.of(mongo, ReadModelCollections.of(ReadModels.STATISTICS));
        assertThat(all.get("statistics_facts")).isNotEmpty();
        assertThat(all.get("statistics_facts").toString()).contains("UZ");
        assertThat(all.get("statistics_rollup_eil")).isNotEmpty();
        assertThat(all.get("statistics_rollup_eil").toString()).contains("UZ|");
        return all;
    }
}
