package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import lv.pmlp.iaiar.command.rules.BusinessCalendar;

/** The border check ("is this person banned on date D?") and the operational boards. */
@RegisterApiTest
class BorderCheckAndBoardsTest {

    @Autowired
    RegisterClient api;

    LocalDate today = LocalDate.now(BusinessCalendar.ZONE);

    @Test
    void aRunningBanBansEntryFromTheDepartureDayToItsLastDayOnly() {
        var scenario = new ReadSideScenario(api);
        String personId = scenario.person(today.minusDays(100), "SMIRNOV", "7300000001");
        var order = scenario.departureOrderWithBan(personId, scenario.openCase(personId, today.minusDays(90)),
                today.minusDays(90), 30, "P1Y");
        LocalDate left = today.minusDays(70);
        scenario.departure(order, left);
        awaitBanState(personId, "ACTIVE");

        assertThat(check("personId=" + personId + "&on=" + left.minusDays(1)).get("banned").asBoolean()).isFalse();
        assertThat(check("personId=" + personId + "&on=" + left).get("banned").asBoolean()).isTrue();
        assertThat(check("personId=" + personId).get("banned").asBoolean()).as("today").isTrue();
        assertThat(check("personId=" + personId + "&on=" + left.plusYears(1).minusDays(1)).get("banned").asBoolean()).isTrue();
        assertThat(check("personId=" + personId + "&on=" + left.plusYears(1)).get("banned").asBoolean()).isFalse();
    }

    @Test
    void aBorderGuardAsksByTheDocumentNumberAsTyped() {
        var scenario = new ReadSideScenario(api);
        String personId = scenario.person(today.minusDays(100), "NOVIKOV", "73 0000002");
        var order = scenario.departureOrderWithBan(personId, scenario.openCase(personId, today.minusDays(90)),
                today.minusDays(90), 30, "P2Y");
        scenario.departure(order, today.minusDays(60));
        awaitBanState(personId, "ACTIVE");

        JsonNode answer = check("documentNumber=73-0000002");

        assertThat(answer.get("banned").asBoolean()).isTrue();
        assertThat(answer.get("personIds")).extracting(JsonNode::asText).containsExactly(personId);
        assertThat(answer.at("/bans/0/caseNumber").asText()).startsWith("VRS-");
    }

    @Test
    void aBanWaitingForTheDepartureIsReportedAsPendingNotAsBanned() {
        var scenario = new ReadSideScenario(api);
        String personId = scenario.person(today.minusDays(10), "MOROZOV", "7300000003");
        scenario.departureOrderWithBan(personId, scenario.openCase(personId, today.minusDays(5)), today.minusDays(5), 30, "P1Y");
        awaitBanState(personId, "PENDING");

        JsonNode answer = check("personId=" + personId);

        assertThat(answer.get("banned").asBoolean()).isFalse();
        assertThat(answer.get("pendingBan").asBoolean()).isTrue();
    }

    @Test
    void anUnknownDocumentIsNotBanned() {
        JsonNode answer = check("documentNumber=ZZ999999999");

        assertThat(answer.get("banned").asBoolean()).isFalse();
        assertThat(answer.get("personIds")).isEmpty();
    }

    @Test
    void theCheckNeedsExactlyOneWayToFindThePerson() {
        var response = api.get("vrs.officer", "/api/v1/entry-bans/check?personId=a&documentNumber=AB123");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().at("/errors/0/field").asText()).isEqualTo("personId");
    }

    @Test
    void theDetentionBoardShowsDaysInDetentionAndTheDayTheMaximumIsReached() {
        var scenario = new ReadSideScenario(api);
        String personId = scenario.person(today.minusDays(30), "FEDOROV", "7300000004");
        String caseId = scenario.openCase(personId, today.minusDays(30));
        String detentionId = scenario.detain(personId, caseId, BusinessCalendar.startOf(today.minusDays(9)), today.plusDays(30));

        JsonNode row = await().atMost(Duration.ofSeconds(10)).until(() -> boardRow(detentionId), r -> r != null);

        assertThat(row.get("personId").asText()).isEqualTo(personId);
        assertThat(row.at("/names/latin/surname").asText()).isEqualTo("FEDOROV");
        assertThat(row.get("daysInDetention").asLong()).isEqualTo(10);
        assertThat(row.get("maximumReachedOn").asText()).isEqualTo(today.minusDays(9).plusMonths(18).minusDays(1).toString());
    }

    @Test
    void aReleasedPersonLeavesTheDetentionBoard() {
        var scenario = new ReadSideScenario(api);
        String personId = scenario.person(today.minusDays(30), "ALEKSEEV", "7300000005");
        String detentionId = scenario.detain(personId, null, BusinessCalendar.startOf(today.minusDays(3)), today.plusDays(5));
        await().atMost(Duration.ofSeconds(10)).until(() -> boardRow(detentionId) != null);

        api.post("vrs.officer", "/api/v1/persons/" + personId + "/detentions/" + detentionId + "/release",
                Map.of("releasedAt", Instant.now().toString(), "reason", "COURT_ORDER"));

        await().atMost(Duration.ofSeconds(10)).until(() -> boardRow(detentionId) == null);
    }

    @Test
    void theDeadlineBoardListsDeadlinesDueSoonAndThoseMissed() {
        var scenario = new ReadSideScenario(api);
        String due = scenario.person(today.minusDays(30), "GUSEV", "7300000006");
        var dueOrder = scenario.departureOrderWithBan(due, scenario.openCase(due, today.minusDays(2)), today.minusDays(2), 7, "P1Y");
        String missed = scenario.person(today.minusDays(30), "TITOV", "7300000007");
        var missedOrder = scenario.departureOrderWithBan(missed, scenario.openCase(missed, today.minusDays(20)), today.minusDays(20), 7, "P1Y");

        await().atMost(Duration.ofSeconds(10)).until(() ->
                deadlines("DUE", 7).findValuesAsText("decisionId").contains(dueOrder.decisionId())
                        && deadlines("MISSED", 0).findValuesAsText("decisionId").contains(missedOrder.decisionId()));
        assertThat(deadlines("DUE", 4).findValuesAsText("decisionId")).doesNotContain(dueOrder.decisionId());
        assertThat(deadlines("DUE", 7).findValuesAsText("decisionId")).doesNotContain(missedOrder.decisionId());
    }

    private JsonNode check(String parameters) {
        var response = api.get("vrs.officer", "/api/v1/entry-bans/check?" + parameters);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private void awaitBanState(String personId, String state) {
        await().atMost(Duration.ofSeconds(10)).until(() -> check("personId=" + personId).at("/bans/0/state").asText().equals(state));
    }

    private JsonNode boardRow(String detentionId) {
        for (JsonNode row : api.get("vrs.officer", "/api/v1/boards/detentions?size=200").body().get("items")) {
            if (row.get("detentionId").asText().equals(detentionId)) {
                return row;
            }
        }
        return null;
    }

    private JsonNode deadlines(String status, int withinDays) {
        return api.get("pmlp.officer", "/api/v1/boards/departure-deadlines?size=200&status=" + status + "&withinDays=" + withinDays)
                .body().get("items");
    }
}
