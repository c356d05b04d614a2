package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
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

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import lv.pmlp.iaiar.api.admin.ProjectionRebuilds;
import lv.pmlp.iaiar.api.synthetic.SyntheticDataLoader;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.projections.ReadModelCollections;
import lv.pmlp.iaiar.projections.ReadModels;
import lv.pmlp.iaiar.projections.search.PersonSearchIndex;

/**
 * Read models are derived data: rebuilt from the log, or fed the same events twice, they come out the same, the
 * search index included.
 */
@PopulationTest
class RebuildTest {

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
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    PersonSearchIndex searchIndex;

    LocalDate today = LocalDate.now(BusinessCalendar.ZONE);

    @Autowired
    SyntheticDataLoader synthetic;

    private static boolean populationLoaded;

    @BeforeEach
    void aRealisticMixOfCases() {
        if (!populationLoaded) {
            // five years of a realistic population: many citizenships and scripts, every kind of case
            SyntheticDataLoader.Summary loaded = synthetic.load(120, 7_001L);
            assertThat(loaded.failedPersons()).isZero();
            populationLoaded = true;
        }
        var scenario = new ReadSideScenario(api);
        for (int i = 0; i < 6; i++) {
            String personId = scenario.person(today.minusDays(400 - i), "PERSON" + i, "74000000" + i);
            String caseId = scenario.openCase(personId, today.minusDays(300 - i));
            scenario.detain(personId, caseId, BusinessCalendar.startOf(today.minusDays(299 - i)), today.minusDays(250 - i));
            var order = scenario.departureOrderWithBan(personId, caseId, today.minusDays(290 - i), 10 + i, "P" + (1 + i % 3) + "Y");
            if (i % 2 == 0) {
                scenario.departure(order, today.minusDays(280 - i));
            }
            if (i % 3 == 0) {
                api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/entry-bans/" + order.banId() + "/shortenings",
                        Map.of("duration", "P6M", "reason", "family ties"));
            }
        }
        fourEyes(scenario);
        awaitCaughtUp();
    }

    /** A decision held back for approval and approved, one still waiting, a correction applied and one rejected. */
    private void fourEyes(ReadSideScenario scenario) {
        LocalDate january2012 = LocalDate.of(2012, 1, 10);
        for (int i = 0; i < 2; i++) {
            String personId = scenario.person(january2012.minusDays(5), "FOUREYES" + i, "75000000" + i);
            String caseId = scenario.openCase(personId, january2012.minusDays(3));
            var expulsion = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/forced-expulsion-decisions",
                    Requests.forcedExpulsion(january2012, "P2Y"));
            assertThat(expulsion.status()).isEqualTo(201);
            if (i == 0) {
                assertThat(api.post("vrs.supervisor", "/api/v1/return-cases/" + caseId + "/decisions/" + expulsion.id()
                        + "/approval", Map.of()).status()).isEqualTo(204);
            }
            String eventId = scenario.historyEntry(personId, "ReturnCaseOpened").get("eventId").asText();
            var proposal = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/clerical-corrections", Map.of(
                    "eventId", eventId, "field", "LEGAL_BASIS", "correctedValue", "Imigrācijas likums, 41. panta otrā daļa",
                    "reason", "Mistyped"));
            assertThat(proposal.status()).isEqualTo(201);
            String decision = i == 0 ? "/approval" : "/rejection";
            assertThat(api.post("vrs.supervisor", "/api/v1/return-cases/" + caseId + "/clerical-corrections/" + proposal.id()
                    + decision, Map.of("reason", "Checked")).status()).isEqualTo(204);
        }
    }


    @Test
    void aRebuildOfAllReadModelsReproducesThemDocumentForDocument() {
        Map<String, List<Document>> live = snapshot();

        var started = api.post("administrator", "/api/v1/admin/projections/rebuilds", Map.of("projections", List.of()));
        assertThat(started.status()).isEqualTo(202);
        String location = started.headers().get("location");
        JsonNode done = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("administrator", location).body(), s -> s.get("state").asText().equals("COMPLETED"));

        assertThat(done.get("total").asLong()).isPositive();
        assertThat(done.get("processed").asLong()).isGreaterThanOrEqualTo(done.get("total").asLong());
        assertThat(done.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(done.get("secondsLeft").asLong()).isZero();
        assertThat(done.get("progress").findValuesAsText("projection")).containsAll(List.of(ReadModels.CASE_FILE,
                ReadModels.HISTORY, ReadModels.ENTRY_BANS, ReadModels.BOARDS, ReadModels.DEADLINE_SCHEDULE));
        ReadModelDocuments.assertSame(snapshot(), live);
    }

    @Test
    void eventsDeliveredASecondTimeChangeNothing() {
        Map<String, List<Document>> live = snapshot();

        for (String projection : List.of(ReadModels.CASE_FILE, ReadModels.HISTORY, ReadModels.ENTRY_BANS, ReadModels.BOARDS,
                ReadModels.SEARCH, ReadModels.STATISTICS)) {
            StreamingEventProcessor processor = processing.eventProcessor(projection, StreamingEventProcessor.class).orElseThrow();
            processor.shutDown();
            // rewind to the start without the reset handler, so every event is applied on top of what is there
            DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
                for (int segment : tokens.fetchSegments(processor.getName())) {
                    tokens.storeToken(null, processor.getName(), segment);
                }
                return null;
            });
            processor.start();
        }
        awaitCaughtUp();

        ReadModelDocuments.assertSame(snapshot(), live);
    }

    @Test
    void commandsAreAcceptedWhileARebuildRuns() {
        var started = api.post("administrator", "/api/v1/admin/projections/rebuilds",
                Map.of("projections", List.of(ReadModels.CASE_FILE)));
        String personId = new ReadSideScenario(api).person(today.minusDays(1), "DURING", "7500000001");

        await().atMost(Duration.ofSeconds(60)).until(() ->
                api.get("administrator", started.headers().get("location")).body().get("state").asText().equals("COMPLETED"));
        assertThat(api.get("pmlp.officer", "/api/v1/persons/" + personId + "/case-file?minVersion=0").status()).isEqualTo(200);
    }

    @Test
    void aProjectionStillRebuildingCannotBeRebuiltAgain() {
        // a rebuild of every read model: the boards count as rebuilding until all are done, which takes far longer
        // than one request now that a single batched projection replays this log in about a second
        rebuilds.start(List.of());

        var again = api.post("administrator", "/api/v1/admin/projections/rebuilds", Map.of("projections", List.of(ReadModels.BOARDS)));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("REBUILD_IN_PROGRESS");
        awaitCaughtUp();
    }

    @Test
    void onlyAdministratorsRebuild() {
        var refused = api.post("pmlp.supervisor", "/api/v1/admin/projections/rebuilds", Map.of("projections", List.of()));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void anUnknownProjectionIsRefused() {
        var refused = api.post("administrator", "/api/v1/admin/projections/rebuilds", Map.of("projections", List.of("nonsense")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("projections");
    }

    private void awaitCaughtUp() {
        Instant start = Instant.now();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> rebuilds.positions().stream().allMatch(p -> p.caughtUp()));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(60));
    }

    private Map<String, List<Document>> snapshot() {
        Map<String, List<Document>> all = ReadModelDocuments.of(mongo, ReadModelCollections.all());
        all.put("search index", searchDocuments());
        assertThat(all.get("person_case_files")).isNotEmpty();
        assertThat(all.get("search index")).hasSameSizeAs(all.get("person_case_files"));
        return all;
    }

    /** Every person's search document, as Elasticsearch holds it, by person id. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Document> searchDocuments() {
        try {
            elasticsearch.indices().refresh(r -> r.index(searchIndex.name()));
            SearchResponse<Map> found = elasticsearch.search(s -> s.index(searchIndex.name()).size(10_000)
                    .sort(o -> o.field(f -> f.field(PersonSearchIndex.PERSON_ID))), Map.class);
            return found.hits().hits().stream().map(hit -> new Document("_id", hit.id()).append("source", hit.source())).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
