package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import lv.pmlp.iaiar.command.rules.BusinessCalendar;

/** Bad input and refused commands: problem details that name the field or rule, and nothing written. */
@RegisterApiTest
class CommandProblemsTest {

    @Autowired
    RegisterClient api;
    @Autowired
    JdbcTemplate jdbc;

    LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
    String personId;
    String caseId;

    @BeforeEach
    void openACase() {
        personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        caseId = api.post("vrs.officer", "/api/v1/return-cases", Requests.openCase(personId, today)).id();
    }

    @Test
    void everyMissingOrInvalidFieldIsNamed() {
        var response = api.post("vrs.officer", ordersOf(caseId), Map.of("voluntaryDepartureDays", -3, "legalBasis", " "));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("INVALID_REQUEST");
        assertThat(fields(response.body())).containsExactlyInAnyOrder("issuedOn", "legalBasis", "voluntaryDepartureDays");
        assertThat(eventsOf(caseId)).isEqualTo(1);
    }

    @Test
    void aValueOfTheWrongFormatNamesItsField() {
        var body = new HashMap<String, Object>(Requests.departureOrder(today, 14));
        body.put("entryBan", "three years");

        var response = api.post("vrs.officer", ordersOf(caseId), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.body())).containsExactly("entryBan");
    }

    @Test
    void anEnumValueOutsideTheClassifierListsTheAllowedValues() {
        var response = api.post("vrs.officer", "/api/v1/return-cases",
                Map.of("personId", personId, "grounds", new String[] {"LOOKS_SUSPICIOUS"}, "detectedOn", today.toString(),
                        "legalBasis", "x"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.body())).containsExactly("grounds[0]");
        assertThat(response.body().at("/errors/0/message").asText()).contains("VISA_OVERSTAY");
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanIgnored() {
        var body = new HashMap<String, Object>(Requests.departureOrder(today, 14));
        body.put("entryBann", "P1Y");

        var response = api.post("vrs.officer", ordersOf(caseId), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.body())).containsExactly("entryBann");
        assertThat(eventsOf(caseId)).isEqualTo(1);
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        var response = api.post("vrs.officer", ordersOf(caseId), "{not json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.body())).containsExactly("body");
    }

    @Test
    void aRuleRefusalCarriesTheRuleCodeAndWritesNothing() {
        var response = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/forced-expulsion-decisions",
                Map.of("issuedOn", today.toString(), "legalBasis", "Imigrācijas likums, 47. pants"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("FORCED_EXPULSION_REQUIRES_ENTRY_BAN");
        assertThat(response.body().get("type").asText()).isEqualTo("urn:iaiar:problem:forced-expulsion-requires-entry-ban");
        assertThat(eventsOf(caseId)).isEqualTo(1);
    }

    @Test
    void aBanOverTheMaximumInForceIsRefusedWith422() {
        var response = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/forced-expulsion-decisions",
                Requests.forcedExpulsion(today, "P3Y1D"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("ENTRY_BAN_EXCEEDS_MAXIMUM");
        assertThat(eventsOf(caseId)).isEqualTo(1);
    }

    @Test
    void aStateConflictIsRefusedWith409() {
        assertThat(api.post("vrs.officer", ordersOf(caseId), Requests.departureOrder(today, 14)).status()).isEqualTo(201);

        var second = api.post("vrs.officer", ordersOf(caseId), Requests.departureOrder(today, 14));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("ACTIVE_DECISION_EXISTS");
        assertThat(eventsOf(caseId)).isEqualTo(2);
    }

    @Test
    void anUnknownCaseIsNotFound() {
        var response = api.post("vrs.officer", ordersOf("no-such-case"), Requests.departureOrder(today, 14));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("RETURN_CASE_NOT_FOUND");
    }

    @Test
    void anUnknownPersonIsNotFound() {
        var response = api.post("vrs.officer", "/api/v1/persons/no-such-person/identity-documents",
                Map.of("type", "PASSPORT", "number", "AB123", "issuingCountry", "UA"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("PERSON_NOT_FOUND");
    }

    @Test
    void aCaseCannotBeOpenedForAnUnregisteredPerson() {
        var response = api.post("vrs.officer", "/api/v1/return-cases", Requests.openCase("no-such-person", today));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("PERSON_NOT_FOUND");
    }

    @Test
    void anUnknownDecisionInAKnownCaseIsNotFound() {
        var response = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/decisions/no-such-decision/service",
                Map.of("servedOn", today.toString(), "language", "ru"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("DECISION_NOT_FOUND");
    }

    @Test
    void anOfficerOfTheOtherInstitutionMayNotChangeTheCase() {
        var response = api.post("pmlp.officer", ordersOf(caseId), Requests.departureOrder(today, 14));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("DECISION_OF_OTHER_INSTITUTION");
        assertThat(eventsOf(caseId)).isEqualTo(1);
    }

    @Test
    void onlyTheBorderGuardDetains() {
        var response = api.post("pmlp.officer", "/api/v1/persons/" + personId + "/detentions", Map.of(
                "detainedAt", java.time.Instant.now().toString(), "authorisedUntil", today.plusDays(5).toString(),
                "legalBasis", "x", "place", "Rīga"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("DETENTION_RESERVED_FOR_VRS");
        assertThat(eventsOf(personId)).isEqualTo(1);
    }

    @Test
    void aReadOnlyRoleCannotSendCommands() {
        var response = api.post("auditor", ordersOf(caseId), Requests.departureOrder(today, 14));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("ACCESS_DENIED");
        assertThat(eventsOf(caseId)).isEqualTo(1);
    }

    @Test
    void anAnonymousCallerMustAuthenticate() {
        var response = api.post(null, ordersOf(caseId), Requests.departureOrder(today, 14));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("AUTHENTICATION_REQUIRED");
    }

    @Test
    void aMalformedIdInThePathIsRefused() {
        var response = api.post("vrs.officer", ordersOf("bad%20id"), Requests.departureOrder(today, 14));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void aMalformedIfMatchIsRefused() {
        var response = api.post("vrs.officer", ordersOf(caseId), Requests.departureOrder(today, 14), Map.of("If-Match", "yesterday"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.body())).containsExactly("If-Match");
        assertThat(eventsOf(caseId)).isEqualTo(1);
    }

    @Test
    void problemBodiesRevealNoInternals() {
        var bodies = java.util.List.of(
                api.post("vrs.officer", ordersOf(caseId), "{not json").body().toString(),
                api.post("vrs.officer", ordersOf("no-such-case"), Requests.departureOrder(today, 14)).body().toString(),
                api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/forced-expulsion-decisions",
                        Map.of("issuedOn", today.toString(), "legalBasis", "x")).body().toString());

        assertThat(bodies).allSatisfy(body -> assertThat(body)
                .doesNotContain("Exception", "lv.pmlp", "org.axonframework", "at java.", "trace"));
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        var response = api.post("vrs.officer", ordersOf(caseId), "{\"legalBasis\": \"" + "x".repeat(70_000) + "\"}");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.code()).isEqualTo("REQUEST_TOO_LARGE");
        assertThat(eventsOf(caseId)).isEqualTo(1);
    }

    @Test
    void responsesCarrySecurityHeaders() {
        var response = api.get("vrs.officer", "/api/v1/persons/" + personId + "/case-file");

        assertThat(response.headers()).containsEntry("x-content-type-options", "nosniff")
                .containsEntry("x-frame-options", "DENY")
                .containsEntry("referrer-policy", "no-referrer");
    }

    private static String ordersOf(String caseId) {
        return "/api/v1/return-cases/" + caseId + "/departure-orders";
    }

    private int eventsOf(String aggregateId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Integer.class,
                aggregateId);
    }

    private static java.util.List<String> fields(JsonNode problem) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
