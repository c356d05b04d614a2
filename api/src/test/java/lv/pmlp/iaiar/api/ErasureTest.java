package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;

import lv.pmlp.iaiar.api.privacy.PersonKeys;
import lv.pmlp.iaiar.api.privacy.RetentionSweep;
import lv.pmlp.iaiar.command.deadline.DeadlineDispatcher;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;

/**
 * Erasure at the end of the retention period: the key is destroyed, so nothing of the person's names, birth
 * date or document numbers can be read anywhere, while the facts of their case stay.
 */
@RegisterApiTest
class ErasureTest {

    static final String SURNAME = "SHREDDERSON";
    static final String DOCUMENT = "9900112233";
    static final String BORN = "1985-03-03";

    @Autowired
    RegisterClient api;
    @Autowired
    RetentionSweep retention;
    @Autowired
    DeadlineDispatcher deadlines;
    @Autowired
    PersonKeys keys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoClient mongoClient;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    lv.pmlp.iaiar.projections.search.PersonSearchIndex searchIndex;
    @org.springframework.beans.factory.annotation.Value("${register.elasticsearch.url}")
    String elasticsearchUrl;

    LocalDate today = LocalDate.now(BusinessCalendar.ZONE);

    @Test
    void afterRetentionThePersonIsUnreadableEverywhereButTheFactsRemain() throws Exception {
        // a year no other test counts in its statistics
        LocalDate longAgo = today.minusYears(15);
        Map<String, Object> person = new HashMap<>(Requests.russianMan());
        person.put("names", Map.of("original", Map.of("surname", "Шреддерсон", "script", "Cyrl"),
                "latin", Map.of("surname", SURNAME, "givenNames", "OLEG")));
        person.put("dateOfBirth", BORN);
        person.put("documents", List.of(Map.of("type", "PASSPORT", "number", DOCUMENT, "issuingCountry", "RUS")));
        person.put("registeredAt", BusinessCalendar.startOf(longAgo).toString());
        String personId = api.post("vrs.officer", "/api/v1/persons", person).id();
        var scenario = new ReadSideScenario(api);
        String caseId = scenario.openCase(personId, longAgo);
        var order = scenario.departureOrderWithBan(personId, caseId, longAgo, 14, "P1Y");
        scenario.departure(order, longAgo.plusDays(10));
        // the ban ran out six years ago; the register's timer records its expiry, which settles the case
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            deadlines.dispatchPassed();
            return "EXPIRED".equals(caseFile(personId).at("/cases/0/entryBans/0/state").asText());
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> searchIndexText().contains(SURNAME));
        String ordered = "/api/v1/statistics/eurostat/migr_eiord?period=" + longAgo.getYear();
        long orderedBefore = api.get("auditor", ordered).body().get("persons").asLong();
        assertThat(orderedBefore).isPositive();
        await().atMost(Duration.ofSeconds(20)).until(() -> retention.sweep().contains(personId) || isErased(personId));
        await().atMost(Duration.ofSeconds(20)).until(() -> keys.isDestroyed(personId) && historyErased(personId));

        assertThat(api.get("auditor", ordered).body().get("persons").asLong()).as("statistics still count them").isEqualTo(orderedBefore);
        assertThat(eventLogText(personId, caseId)).doesNotContain(SURNAME, "Шреддерсон", DOCUMENT, BORN);
        assertThat(everyMongoDocument()).noneMatch(json -> json.contains(SURNAME) || json.contains("Шреддерсон")
                || json.contains(DOCUMENT) || json.contains(BORN));

        JsonNode file = caseFile(personId);
        assertThat(file.get("names").isNull()).isTrue();
        assertThat(file.get("dateOfBirth").isNull()).isTrue();
        assertThat(file.get("documents")).isEmpty();
        assertThat(file.at("/lifecycle/erasedAt").isTextual()).isTrue();
        assertThat(file.get("citizenships")).extracting(JsonNode::asText).containsExactly("RU");
        assertThat(file.at("/cases/0/decisions/0/state").asText()).isEqualTo("EXECUTED");

        JsonNode history = api.get("auditor", "/api/v1/persons/" + personId + "/history").body();
        assertThat(history.get("items")).allSatisfy(e -> assertThat(e.get("personalDataErased").asBoolean()).isTrue());
        assertThat(history.get("items").findValuesAsText("eventType")).endsWith("PersonalDataErased");

        assertThat(api.post("vrs.officer", "/api/v1/persons/" + personId + "/identity-documents",
                Map.of("type", "PASSPORT", "number", "X1", "issuingCountry", "RU")).code()).isEqualTo("PERSON_ERASED");
        assertThat(api.post("vrs.officer", "/api/v1/return-cases", Requests.openCase(personId, today)).code())
                .isEqualTo("PERSON_NOT_FOUND");
        assertThat(api.get("vrs.officer", "/api/v1/entry-bans/check?documentNumber=" + DOCUMENT).body().get("personIds")).isEmpty();

        await().atMost(Duration.ofSeconds(20)).until(() -> !searchIndexText().contains(SURNAME));
        assertThat(searchIndexText()).doesNotContain(SURNAME, "Шреддерсон", DOCUMENT, BORN);
        assertThat(api.get("vrs.officer", "/api/v1/persons/search?purpose=erasure-check&name=" + SURNAME).body().get("total").asInt())
                .isZero();
        assertThat(api.get("vrs.officer", "/api/v1/persons/search?purpose=erasure-check&documentNumber=" + DOCUMENT).body()
                .get("total").asInt()).isZero();
    }

    /** Every document of the search index, as Elasticsearch stores it. */
    private String searchIndexText() throws Exception {
        String url = elasticsearchUrl + "/" + searchIndex.name() + "/_search?size=10000";
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void noOneIsErasedWhileABanStillRuns() {
        var scenario = new ReadSideScenario(api);
        LocalDate longAgo = today.minusYears(14);
        String personId = scenario.person(longAgo, "STILLBANNED", "9900445566");
        String caseId = scenario.openCase(personId, longAgo);
        var order = scenario.departureOrderWithBan(personId, caseId, longAgo, 14, "P3Y");
        scenario.departure(order, longAgo.plusDays(10));
        api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/decisions/" + order.decisionId() + "/appeals",
                Map.of("type", "COURT_APPEAL", "body", "Administratīvā rajona tiesa", "filedOn", longAgo.plusDays(5).toString()));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            deadlines.dispatchPassed();
            return "EXPIRED".equals(caseFile(personId).at("/cases/0/entryBans/0/state").asText());
        });

        assertThat(retention.sweep()).doesNotContain(personId);
        assertThat(caseFile(personId).at("/names/latin/surname").asText()).isEqualTo("STILLBANNED");
    }

    private boolean isErased(String personId) {
        return caseFile(personId).at("/lifecycle/erasedAt").isTextual();
    }

    private boolean historyErased(String personId) {
        JsonNode items = api.get("auditor", "/api/v1/persons/" + personId + "/history").body().get("items");
        return items.size() > 0 && items.findValuesAsText("eventType").contains("PersonalDataErased")
                && items.findValues("personalDataErased").stream().allMatch(JsonNode::asBoolean);
    }

    private JsonNode caseFile(String personId) {
        return api.get("auditor", "/api/v1/persons/" + personId + "/case-file").body();
    }

    private String eventLogText(String personId, String caseId) {
        return String.join("\n", jdbc.queryForList(
                "select payload::text || meta_data::text from event_log where aggregate_identifier in (?, ?)", String.class,
                personId, caseId));
    }

    private List<String> everyMongoDocument() {
        List<String> all = new ArrayList<>();
        for (String database : mongoClient.listDatabaseNames()) {
            for (String collection : mongoClient.getDatabase(database).listCollectionNames()) {
                for (Document document : mongoClient.getDatabase(database).getCollection(collection).find()) {
                    all.add(document.toJson());
                }
            }
        }
        assertThat(all).isNotEmpty();
        return all;
    }
}
