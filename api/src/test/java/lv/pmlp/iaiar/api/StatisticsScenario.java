package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lv.pmlp.iaiar.command.rules.BusinessCalendar;

/** Builds people and cases with the demographics the statistics tests compute their expected tables from. */
final class StatisticsScenario {

    private final RegisterClient api;

    StatisticsScenario(RegisterClient api) {
        this.api = api;
    }

    String person(String citizenship, String sex, LocalDate dateOfBirth, LocalDate registeredOn) {
        return person(List.of(citizenship), sex, dateOfBirth, "THIRD_COUNTRY_NATIONAL", registeredOn);
    }

    String person(List<String> citizenships, String sex, LocalDate dateOfBirth, String subjectCategory, LocalDate registeredOn) {
        Map<String, Object> body = new HashMap<>(Requests.russianMan());
        body.put("citizenships", citizenships);
        body.put("sex", sex);
        body.put("dateOfBirth", dateOfBirth.toString());
        body.put("subjectCategory", subjectCategory);
        body.put("documents", List.of());
        body.put("registeredAt", BusinessCalendar.startOf(registeredOn).plusSeconds(8 * 3600).toString());
        return created(api.post("vrs.officer", "/api/v1/persons", body)).id();
    }

    String openCase(String personId, LocalDate on) {
        return openCase("vrs.officer", personId, on);
    }

    String openCase(String user, String personId, LocalDate on) {
        return created(api.post(user, "/api/v1/return-cases", Requests.openCase(personId, on))).id();
    }

    String departureOrder(String caseId, LocalDate issuedOn, int days) {
        return departureOrder("vrs.officer", caseId, issuedOn, days);
    }

    String departureOrder(String user, String caseId, LocalDate issuedOn, int days) {
        return created(api.post(user, "/api/v1/return-cases/" + caseId + "/departure-orders",
                Requests.departureOrder(issuedOn, days))).id();
    }

    String forcedExpulsion(String caseId, LocalDate issuedOn, String entryBan) {
        return created(api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/forced-expulsion-decisions",
                Requests.forcedExpulsion(issuedOn, entryBan))).id();
    }

    void departure(String caseId, String decisionId, LocalDate on, String destination, String assistance) {
        var response = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/decisions/" + decisionId + "/departure",
                Map.of("departedOn", on.toString(), "destinationCountry", destination, "assistance", assistance));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(204);
    }

    void removal(String caseId, String decisionId, LocalDate on, String destination) {
        var response = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/decisions/" + decisionId + "/removal",
                Map.of("removedOn", on.toString(), "destinationCountry", destination, "escorted", true));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(204);
    }

    private static RegisterClient.Response created(RegisterClient.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response;
    }
}
