package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import lv.pmlp.iaiar.command.rules.BusinessCalendar;

/** Builds small, readable cases through the REST API for the read-side tests. */
final class ReadSideScenario {

    private final RegisterClient api;

    ReadSideScenario(RegisterClient api) {
        this.api = api;
    }

    record Case(String personId, String caseId, String decisionId, String banId, long version) {
    }

    String person(LocalDate registeredOn, String surname, String documentNumber) {
        Map<String, Object> body = new HashMap<>(Requests.russianMan());
        body.put("registeredAt", BusinessCalendar.startOf(registeredOn).plusSeconds(8 * 3600).toString());
        body.put("names", Map.of("latin", Map.of("surname", surname, "givenNames", "IVAN")));
        body.put("documents", List.of(Map.of("type", "PASSPORT", "number", documentNumber, "issuingCountry", "RUS")));
        var response = api.post("vrs.officer", "/api/v1/persons", body);
        assertThat(response.status()).isEqualTo(201);
        return response.id();
    }

    String openCase(String personId, LocalDate on) {
        var response = api.post("vrs.officer", "/api/v1/return-cases", Requests.openCase(personId, on));
        assertThat(response.status()).isEqualTo(201);
        return response.id();
    }

    Case departureOrderWithBan(String personId, String caseId, LocalDate issuedOn, int days, String ban) {
        Map<String, Object> body = new HashMap<>(Requests.departureOrder(issuedOn, days));
        body.put("entryBan", ban);
        var response = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/departure-orders", body);
        assertThat(response.status()).isEqualTo(201);
        return new Case(personId, caseId, response.id(), response.idOf("entry-ban"), response.body().get("version").asLong());
    }

    long departure(Case c, LocalDate on) {
        var response = api.post("vrs.officer", "/api/v1/return-cases/" + c.caseId() + "/decisions/" + c.decisionId() + "/departure",
                Map.of("departedOn", on.toString(), "destinationCountry", "RU", "assistance", "NOT_ASSISTED"));
        assertThat(response.status()).isEqualTo(204);
        return version(response);
    }

    String detain(String personId, String caseId, Instant at, LocalDate until) {
        Map<String, Object> body = new HashMap<>(Map.of("detainedAt", at.toString(), "authorisedUntil", until.toString(),
                "legalBasis", "Imigrācijas likums, 51. pants", "place", "Daugavpils"));
        if (caseId != null) {
            body.put("returnCaseId", caseId);
        }
        var response = api.post("vrs.officer", "/api/v1/persons/" + personId + "/detentions", body);
        assertThat(response.status()).isEqualTo(201);
        return response.id();
    }

    /** The person's first audit-trail entry of this type, waiting (up to 10 s) until the history shows it. */
    JsonNode historyEntry(String personId, String eventType) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            for (JsonNode entry : api.get("auditor", "/api/v1/persons/" + personId + "/history?size=200").body().get("items")) {
                if (entry.get("eventType").asText().equals(eventType)) {
                    return entry;
                }
            }
            return null;
        }, entry -> entry != null);
    }

    static long version(RegisterClient.Response response) {
        return Long.parseLong(response.etag().replace("\"", ""));
    }
}
