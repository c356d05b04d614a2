package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import lv.pmlp.iaiar.command.rules.BusinessCalendar;

/**
 * Auditors' questions about the past, answered from the event log: "as it was on date D" (business time) and
 * "as the register knew it at instant T" (recording time), including a fact entered late.
 */
@RegisterApiTest
class AsOfHistoryTest {

    @Autowired
    RegisterClient api;

    LocalDate today = LocalDate.now(BusinessCalendar.ZONE);

    @Test
    void theCaseFileAsItWasOnAPastDateLeavesOutWhatHappenedLater() {
        var scenario = new ReadSideScenario(api);
        String personId = scenario.person(today.minusDays(60), "ORLOV", "7200000001");
        String caseId = scenario.openCase(personId, today.minusDays(50));
        var order = scenario.departureOrderWithBan(personId, caseId, today.minusDays(50), 20, "P1Y");
        scenario.departure(order, today.minusDays(35));

        JsonNode before = asOf(personId, "businessDate=" + today.minusDays(40));
        JsonNode after = asOf(personId, "businessDate=" + today.minusDays(35));

        assertThat(before.at("/cases/0/decisions/0/state").asText()).isEqualTo("ISSUED");
        assertThat(before.at("/cases/0/entryBans/0/state").asText()).isEqualTo("PENDING");
        assertThat(after.at("/cases/0/decisions/0/state").asText()).isEqualTo("EXECUTED");
        assertThat(after.at("/cases/0/entryBans/0/state").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void beforeRegistrationThereIsNoCaseFile() {
        String personId = new ReadSideScenario(api).person(today.minusDays(10), "ZAITSEV", "7200000002");

        var response = api.get("auditor", "/api/v1/persons/" + personId + "/case-file/as-of?businessDate=" + today.minusDays(11));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void aLateEntryChangesThePastButNotWhatTheRegisterKnewBeforeItWasEntered() throws InterruptedException {
        var scenario = new ReadSideScenario(api);
        String personId = scenario.person(today.minusDays(60), "VOLKOV", "7200000003");
        String caseId = scenario.openCase(personId, today.minusDays(40));
        Thread.sleep(5);
        Instant knownBefore = Instant.now();
        Thread.sleep(5);
        // entered today, but it happened 30 days ago
        scenario.detain(personId, caseId, BusinessCalendar.startOf(today.minusDays(30)), today.minusDays(1));

        JsonNode asKnownThen = asOf(personId, "recordedAt=" + knownBefore);
        JsonNode asItWas = asOf(personId, "businessDate=" + today.minusDays(25));
        JsonNode asKnownThenOnThatDay = asOf(personId, "businessDate=" + today.minusDays(25) + "&recordedAt=" + knownBefore);

        assertThat(asKnownThen.get("detentions")).isEmpty();
        assertThat(asItWas.get("detentions")).hasSize(1);
        assertThat(asKnownThenOnThatDay.get("detentions")).isEmpty();
        assertThat(asKnownThen.get("cases")).hasSize(1);
    }

    @Test
    void anAsOfQuestionNeedsADateOrInstant() {
        var response = api.get("auditor", "/api/v1/persons/anyone/case-file/as-of");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().at("/errors/0/field").asText()).isEqualTo("businessDate");
    }

    @Test
    void theHistoryListsEveryEventInOrderWithWhoWhenAndWhatChanged() {
        var scenario = new ReadSideScenario(api);
        String personId = scenario.person(today.minusDays(60), "LEBEDEV", "7200000004");
        String caseId = scenario.openCase(personId, today.minusDays(50));
        var order = scenario.departureOrderWithBan(personId, caseId, today.minusDays(50), 20, "P1Y");
        scenario.departure(order, today.minusDays(35));

        await().atMost(Duration.ofSeconds(10)).until(() -> history(personId, "").get("total").asInt() == 6);
        JsonNode history = history(personId, "");

        assertThat(history.get("items").findValuesAsText("eventType")).containsExactly(
                "ForeignerRegistered", "ReturnCaseOpened", "DepartureOrderIssued", "EntryBanImposed", "DepartureConfirmed",
                "EntryBanActivated");
        JsonNode issued = history.at("/items/2");
        assertThat(issued.at("/actor/userId").asText()).isEqualTo("vrs.officer");
        assertThat(issued.at("/actor/institution").asText()).isEqualTo("VRS");
        assertThat(issued.at("/actor/role").asText()).isEqualTo("OFFICER");
        assertThat(issued.get("legalBasis").asText()).isEqualTo("Imigrācijas likums, 41. pants");
        assertThat(issued.get("occurredAt").asText()).isEqualTo(BusinessCalendar.startOf(today.minusDays(50)).toString());
        assertThat(Instant.parse(issued.get("recordedAt").asText())).isAfter(Instant.parse(issued.get("occurredAt").asText()));
        assertThat(issued.at("/details/voluntaryDepartureDays").asInt()).isEqualTo(20);
        assertThat(issued.get("summary").asText()).isEqualTo("Departure order issued");
        assertThat(issued.get("correlationId").asText()).isEqualTo(history.at("/items/3/correlationId").asText());
    }

    @Test
    void theHistoryIsPaged() {
        var scenario = new ReadSideScenario(api);
        String personId = scenario.person(today.minusDays(60), "POPOV", "7200000005");
        scenario.openCase(personId, today.minusDays(50));
        scenario.openCase(personId, today.minusDays(40));
        await().atMost(Duration.ofSeconds(10)).until(() -> history(personId, "").get("total").asInt() == 3);

        JsonNode second = history(personId, "page=1&size=2");

        assertThat(second.get("items")).hasSize(1);
        assertThat(second.at("/items/0/eventType").asText()).isEqualTo("ReturnCaseOpened");
        assertThat(second.get("total").asInt()).isEqualTo(3);
    }

    private JsonNode asOf(String personId, String parameters) {
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("auditor", "/api/v1/persons/" + personId + "/case-file").status() == 200);
        var response = api.get("auditor", "/api/v1/persons/" + personId + "/case-file/as-of?" + parameters);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private JsonNode history(String personId, String parameters) {
        return api.get("auditor", "/api/v1/persons/" + personId + "/history?" + (parameters.isEmpty() ? "size=50" : parameters)).body();
    }
}
