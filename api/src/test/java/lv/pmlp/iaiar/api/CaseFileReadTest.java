package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import lv.pmlp.iaiar.command.rules.BusinessCalendar;

/** The case file through the REST API, read right after the commands that wrote it. */
@RegisterApiTest
class CaseFileReadTest {

    @Autowired
    RegisterClient api;

    LocalDate today = LocalDate.now(BusinessCalendar.ZONE);

    @Test
    void aClientReadsItsOwnWriteByWaitingForTheVersionItWasGiven() {
        var scenario = new ReadSideScenario(api);
        String personId = scenario.person(today.minusDays(30), "KOZLOV", "7100000001");
        String caseId = scenario.openCase(personId, today.minusDays(20));
        var order = scenario.departureOrderWithBan(personId, caseId, today.minusDays(20), 14, "P2Y");
        long version = scenario.departure(order, today.minusDays(10));

        var file = api.get("pmlp.officer", "/api/v1/persons/" + personId + "/case-file?of=" + caseId + "&minVersion=" + version);

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers()).containsEntry("x-read-model-current", "true");
        JsonNode body = file.body();
        assertThat(body.at("/names/latin/surname").asText()).isEqualTo("KOZLOV");
        assertThat(body.at("/versions/" + caseId).asLong()).isEqualTo(version);
        JsonNode kase = body.at("/cases/0");
        assertThat(kase.get("caseId").asText()).isEqualTo(caseId);
        assertThat(kase.get("institution").asText()).isEqualTo("VRS");
        assertThat(kase.at("/decisions/0/state").asText()).isEqualTo("EXECUTED");
        assertThat(kase.at("/decisions/0/execution").asText()).isEqualTo("DEPARTURE");
        assertThat(kase.at("/decisions/0/departureDeadline").asText()).isEqualTo(today.minusDays(6).toString());
        assertThat(kase.at("/entryBans/0/state").asText()).isEqualTo("ACTIVE");
        assertThat(kase.at("/entryBans/0/startsOn").asText()).isEqualTo(today.minusDays(10).toString());
        assertThat(kase.at("/entryBans/0/endsOn").asText()).isEqualTo(today.minusDays(10).plusYears(2).minusDays(1).toString());
    }

    @Test
    void detentionsAppearWithTheirCase() {
        var scenario = new ReadSideScenario(api);
        String personId = scenario.person(today.minusDays(5), "SOKOLOV", "7100000002");
        String caseId = scenario.openCase(personId, today.minusDays(5));
        String detentionId = scenario.detain(personId, caseId, BusinessCalendar.startOf(today.minusDays(4)), today.plusDays(20));

        var file = api.get("auditor", "/api/v1/persons/" + personId + "/case-file?minVersion=1");

        assertThat(file.body().at("/detentions/0/detentionId").asText()).isEqualTo(detentionId);
        assertThat(file.body().at("/detentions/0/returnCaseId").asText()).isEqualTo(caseId);
        assertThat(file.body().at("/detentions/0/releasedAt").isNull() || file.body().at("/detentions/0/releasedAt").isMissingNode()).isTrue();
    }

    @Test
    void anUnknownPersonHasNoCaseFile() {
        var file = api.get("pmlp.officer", "/api/v1/persons/no-such-person/case-file");

        assertThat(file.status()).isEqualTo(404);
        assertThat(file.code()).isEqualTo("PERSON_NOT_FOUND");
    }

    @Test
    void readingNeedsSigningIn() {
        assertThat(api.get(null, "/api/v1/persons/x/case-file").status()).isEqualTo(401);
    }
}
