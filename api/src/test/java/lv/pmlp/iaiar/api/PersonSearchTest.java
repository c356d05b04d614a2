package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import lv.pmlp.iaiar.events.returncase.DepartureOrderIssuedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;

/**
 * Person search through the REST API against a real Elasticsearch: persons are registered by command, indexed
 * asynchronously by the person-search projection, and found whatever script and spelling the officer types.
 */
@RegisterApiTest
// a context of its own, so the other tests' persons (many Ivanovs) do not crowd the pages
@TestPropertySource(properties = "register.elasticsearch.index=person-search-test-search")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonSearchTest {

    private static final Duration INDEXED = Duration.ofSeconds(30);

    @Autowired
    RegisterClient api;

    @Autowired
    EventStore log;

    @Autowired
    EventProcessingConfiguration processing;

    String ivanov;
    String ivanova;
    String petrova;
    String shevchenko;
    String berzins;
    String kalnins;
    String caseNumber;
    String decisionNumber;

    @BeforeAll
    void registerPersons() {
        ivanov = register(person(name("Иванов", "Иван", "Cyrl"), name("IVANOV", "IVAN", null), name("Ivanovs", "Ivans", null),
                "1990-04-12", "RU", "75 1234567"));
        ivanova = register(person(null, name("IVANOVA", "OLGA", null), name("Ivanova", "Olga", null), "1992-01-30", "RU", "75 0000001"));
        petrova = register(person(name("Петрова", "Анна", "Cyrl"), name("PETROVA", "ANNA", null), name("Petrova", "Anna", null),
                "1985-07-01", "RU", "PA 7654321"));
        shevchenko = register(person(name("Шевченко", "Тарас", "Cyrl"), name("SHEVCHENKO", "TARAS", null), null,
                "1990-09-09", "UA", "FE 123456"));
        berzins = register(person(null, name("Bērziņš", "Jānis", null), null, "1979-03-03", "LT", "LT 111"));
        kalnins = register(person(null, name("KALNINS", "PETERIS", null), null, "1981-05-05", "EE", "EE 222"));

        String caseId = api.post("vrs.officer", "/api/v1/return-cases", Requests.openCase(ivanov, LocalDate.now().minusDays(1))).id();
        String decisionId = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/departure-orders",
                Requests.departureOrder(LocalDate.now(), 7)).id();
        caseNumber = payload(caseId, ReturnCaseOpenedEvent.class).caseNumber();
        decisionNumber = payload(caseId, DepartureOrderIssuedEvent.class).decisionNumber();
        assertThat(decisionId).isNotNull();

        // the departure order is the last event; once it is searchable, everything before it is indexed
        await().atMost(INDEXED).untilAsserted(() -> assertThat(ids(search("caseNumber=" + encode(decisionNumber)))).contains(ivanov));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Иванов", "Ivanov", "IVANOVS", "Ivanovs", "ivanovs", "Ivanow", "Иванов Иван", "Ivans Ivanovs"})
    void everyScriptAndSpellingFindsIvanovButNotPetrova(String typed) {
        JsonNode found = search("name=" + encode(typed));

        assertThat(ids(found)).contains(ivanov).doesNotContain(petrova, shevchenko, berzins, kalnins);
    }

    @Test
    void theRecordedSpellingsMatchExactlyAndRankFirst() {
        JsonNode found = search("name=Ivanov");

        assertThat(ids(found)).containsExactly(ivanov, ivanova);
        assertThat(found.get("hits").get(0).get("score").asDouble()).isGreaterThan(found.get("hits").get(1).get("score").asDouble());
        assertThat(matchedBy(found, ivanov)).startsWith("name:exact-transliteration", "name:latvian-stem", "name:phonetic");
        // Ivanova shares the stem without the Latvian ending, not the written form
        assertThat(matchedBy(found, ivanova)).doesNotContain("name:exact-transliteration").contains("name:latvian-stem");
        assertThat(matchedBy(search("name=" + encode("Иванов")), ivanov)).contains("name:exact-transliteration");
    }

    @Test
    void aDifferentLetterMatchesPhonetically() {
        assertThat(matchedBy(search("name=Ivanow"), ivanov))
                .doesNotContain("name:exact-transliteration", "name:latvian-stem")
                .contains("name:phonetic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ivnaov", "Ivanof", "Shevcenko"})
    void smallTypingErrorsStillFind(String typed) {
        JsonNode found = search("name=" + typed);

        assertThat(ids(found)).containsAnyOf(ivanov, shevchenko).doesNotContain(petrova);
        assertThat(found.get("hits").get(0).get("matchedBy").toString()).contains("name:fuzzy");
    }

    @Test
    void latvianDiacriticsMatchBothWays() {
        assertThat(ids(search("name=Berzins"))).containsExactly(berzins);
        assertThat(ids(search("name=" + encode("Bērziņš Jānis")))).containsExactly(berzins);
        assertThat(ids(search("name=" + encode("Kalniņš")))).containsExactly(kalnins);
        assertThat(ids(search("name=" + encode("Pēteris Kalniņš")))).containsExactly(kalnins);
    }

    @Test
    void aNameThatSharesNothingFindsNobody() {
        assertThat(ids(search("name=Petrova"))).containsExactly(petrova);
        JsonNode nobody = search("name=Zubrickis");
        assertThat(nobody.get("total").asLong()).isZero();
        assertThat(nobody.get("hits")).isEmpty();
        // every typed word must match: a right surname with a wrong given name is not enough
        assertThat(ids(search("name=" + encode("Ivanov Taras")))).isEmpty();
    }

    @Test
    void dateOfBirthIsExactAndBirthYearTakesTheWholeYear() {
        JsonNode exact = search("dateOfBirth=1990-04-12");
        assertThat(ids(exact)).containsExactly(ivanov);
        assertThat(matchedBy(exact, ivanov)).containsExactly("dateOfBirth");

        assertThat(ids(search("birthYear=1990"))).containsExactlyInAnyOrder(ivanov, shevchenko);
        assertThat(ids(search("name=Ivanov&birthYear=1992"))).containsExactly(ivanova);
    }

    @Test
    void citizenshipFilters() {
        assertThat(ids(search("citizenship=ua"))).containsExactly(shevchenko);
        assertThat(ids(search("name=Ivanov&citizenship=UA"))).isEmpty();
        JsonNode both = search("name=" + encode("Шевченко") + "&citizenship=UA");
        assertThat(matchedBy(both, shevchenko)).contains("name:exact-transliteration", "citizenship");
    }

    @Test
    void documentNumbersMatchWithoutSpacesOrCase() {
        JsonNode found = search("documentNumber=" + encode("pa 765 4321"));

        assertThat(ids(found)).containsExactly(petrova);
        assertThat(matchedBy(found, petrova)).containsExactly("document");
        assertThat(ids(search("documentNumber=751234567"))).containsExactly(ivanov);
    }

    @Test
    void caseAndDecisionNumbersFindThePerson() {
        JsonNode byCase = search("caseNumber=" + encode(caseNumber.toLowerCase()));

        assertThat(ids(byCase)).containsExactly(ivanov);
        assertThat(matchedBy(byCase, ivanov)).containsExactly("caseNumber");
        assertThat(ids(search("caseNumber=" + encode(decisionNumber)))).containsExactly(ivanov);
        assertThat(ids(search("caseNumber=" + encode(caseNumber) + "&name=Petrova"))).isEmpty();
    }

    @Test
    void hitsCarryTheRecordedPerson() {
        JsonNode hit = search("name=Ivanovs").get("hits").get(0);

        assertThat(hit.get("personId").asText()).isEqualTo(ivanov);
        assertThat(hit.at("/names/original/surname").asText()).isEqualTo("Иванов");
        assertThat(hit.at("/names/latvian/surname").asText()).isEqualTo("Ivanovs");
        assertThat(hit.get("dateOfBirth").asText()).isEqualTo("1990-04-12");
        assertThat(hit.get("citizenships").toString()).isEqualTo("[\"RU\"]");
    }

    @Test
    void pagesAreStableAndCountEveryMatch() {
        JsonNode first = search("citizenship=RU&size=2&page=0");
        JsonNode second = search("citizenship=RU&size=2&page=1");

        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(second.get("total").asLong()).isEqualTo(3);
        List<String> all = new ArrayList<>(ids(first));
        all.addAll(ids(second));
        assertThat(all).containsExactlyInAnyOrder(ivanov, ivanova, petrova);
    }

    @Test
    void aSearchNeedsACriterionAndSensibleParameters() {
        assertThat(problem("").get("errors").get(0).get("field").asText()).isEqualTo("query");
        assertThat(problem("name=" + encode("!!! 42")).get("errors").get(0).get("field").asText()).isEqualTo("name");
        assertThat(problem("name=Ivanov&size=101").get("errors").get(0).get("field").asText()).isEqualTo("size");
        assertThat(problem("citizenship=RUS").get("errors").get(0).get("field").asText()).isEqualTo("citizenship");
        assertThat(problem("dateOfBirth=12.04.1990").get("errors").get(0).get("field").asText()).isEqualTo("dateOfBirth");
        assertThat(api.get(null, "/api/v1/persons/search?name=Ivanov").status()).isEqualTo(401);
    }

    @Test
    void aRebuildFromTheLogRecreatesTheIndexWithTheSameAnswers() {
        JsonNode before = search("birthYear=1990");
        TrackingEventProcessor processor = processing.eventProcessor("person-search", TrackingEventProcessor.class).orElseThrow();

        processor.shutDown();
        processor.resetTokens();
        assertThat(search("birthYear=1990").get("total").asLong()).isZero();
        processor.start();

        await().atMost(INDEXED).untilAsserted(() -> assertThat(ids(search("caseNumber=" + encode(decisionNumber)))).contains(ivanov));
        JsonNode after = search("birthYear=1990");
        assertThat(after.get("hits")).isEqualTo(before.get("hits"));
    }

    // --- helpers ---

    private String register(Map<String, Object> person) {
        RegisterClient.Response response = api.post("vrs.officer", "/api/v1/persons", person);
        assertThat(response.status()).isEqualTo(201);
        return response.id();
    }

    private static Map<String, Object> person(Map<String, Object> original, Map<String, Object> latin, Map<String, Object> latvian,
                                              String dateOfBirth, String citizenship, String document) {
        Map<String, Object> names = new HashMap<>();
        names.put("latin", latin);
        if (original != null) {
            names.put("original", original);
        }
        if (latvian != null) {
            names.put("latvian", latvian);
        }
        return Map.of("names", names, "dateOfBirth", dateOfBirth, "sex", "MALE", "citizenships", List.of(citizenship),
                "documents", List.of(Map.of("type", "PASSPORT", "number", document, "issuingCountry", citizenship)));
    }

    private static Map<String, Object> name(String surname, String givenNames, String script) {
        Map<String, Object> name = new HashMap<>(Map.of("surname", surname, "givenNames", givenNames));
        if (script != null) {
            name.put("script", script);
        }
        return name;
    }

    private <T> T payload(String aggregateId, Class<T> type) {
        return log.readEvents(aggregateId).asStream()
                .map(e -> e.getPayload())
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst().orElseThrow();
    }

    private JsonNode search(String parameters) {
        RegisterClient.Response response = api.get("auditor", "/api/v1/persons/search?purpose=test&" + parameters);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private JsonNode problem(String parameters) {
        RegisterClient.Response response = api.get("auditor", "/api/v1/persons/search?purpose=test&" + parameters);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("INVALID_REQUEST");
        return response.body();
    }

    private static List<String> ids(JsonNode found) {
        return StreamSupport.stream(found.get("hits").spliterator(), false).map(h -> h.get("personId").asText()).toList();
    }

    private static List<String> matchedBy(JsonNode found, String personId) {
        return StreamSupport.stream(found.get("hits").spliterator(), false)
                .filter(h -> h.get("personId").asText().equals(personId))
                .findFirst().map(h -> StreamSupport.stream(h.get("matchedBy").spliterator(), false).map(JsonNode::asText).toList())
                .orElseThrow(() -> new AssertionError(personId + " not found in " + found));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
