package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Four eyes through the REST API: forced expulsion decisions the policy holds back (the test configuration
 * applies it to decisions issued in January 2012 only), and clerical corrections a second supervisor decides.
 */
@RegisterApiTest
class FourEyesApiTest {

    static final LocalDate JANUARY_2012 = LocalDate.of(2012, 1, 10);
    static final LocalDate TODAY = LocalDate.now(lv.pmlp.iaiar.command.rules.BusinessCalendar.ZONE);
    static final String CORRECTED_BASIS = "Imigrācijas likums, 41. panta otrā daļa";

    @Autowired
    RegisterClient api;

    record Opened(String personId, String caseId) {
    }

    private Opened open(String surname, String document, LocalDate on) {
        var readSide = new ReadSideScenario(api);
        String personId = readSide.person(on.minusDays(2), surname, document);
        return new Opened(personId, readSide.openCase(personId, on.minusDays(1)));
    }

    private static String cases(String caseId) {
        return "/api/v1/return-cases/" + caseId;
    }

    private RegisterClient.Response expel(String user, String caseId) {
        var response = api.post(user, cases(caseId) + "/forced-expulsion-decisions", Requests.forcedExpulsion(JANUARY_2012, "P3Y"));
        assertThat(response.status()).isEqualTo(201);
        return response;
    }

    private RegisterClient.Response serve(String caseId, String decisionId) {
        return serve(caseId, decisionId, JANUARY_2012);
    }

    private RegisterClient.Response serve(String caseId, String decisionId, LocalDate on) {
        return api.post("vrs.officer", cases(caseId) + "/decisions/" + decisionId + "/service",
                Map.of("servedOn", on.toString(), "language", "ru", "interpreterUsed", true));
    }

    private RegisterClient.Response approve(String user, String caseId, String decisionId) {
        return api.post(user, cases(caseId) + "/decisions/" + decisionId + "/approval", Map.of("note", "Checked"));
    }

    private JsonNode caseOf(Opened opened, long version) {
        var file = api.get("auditor", "/api/v1/persons/" + opened.personId() + "/case-file?of=" + opened.caseId()
                + "&minVersion=" + version);
        assertThat(file.status()).isEqualTo(200);
        return file.body().at("/cases/0");
    }

    private JsonNode historyEntry(String personId, String eventType) {
        return new ReadSideScenario(api).historyEntry(personId, eventType);
    }

    @Test
    void aDecisionThePolicyHoldsBackIsServedOnlyAfterAnotherSupervisorApprovedIt() {
        Opened opened = open("BELOV", "7300000001", JANUARY_2012);
        String decisionId = expel("vrs.officer", opened.caseId()).id();

        var early = serve(opened.caseId(), decisionId);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("DECISION_AWAITING_APPROVAL");

        var approval = approve("vrs.supervisor", opened.caseId(), decisionId);
        assertThat(approval.status()).isEqualTo(204);
        assertThat(serve(opened.caseId(), decisionId).status()).isEqualTo(204);

        JsonNode decision = caseOf(opened, ReadSideScenario.version(approval)).at("/decisions/0");
        assertThat(decision.get("approval").asText()).isEqualTo("APPROVED");
        assertThat(decision.get("approvedBy").asText()).isEqualTo("vrs.supervisor");
    }

    @Test
    void supervisorsSeeWhatAwaitsTheirApprovalUntilItIsDecided() {
        Opened opened = open("BELOVSKAJA", "7300000012", JANUARY_2012);
        String decisionId = expel("vrs.officer", opened.caseId()).id();
        String board = "/api/v1/boards/pending-approvals?institution=VRS&size=200";

        JsonNode waiting = await().atMost(Duration.ofSeconds(10)).until(() -> item(api.get("vrs.supervisor", board).body(),
                decisionId), e -> e != null);
        assertThat(waiting.get("kind").asText()).isEqualTo("DECISION");
        assertThat(waiting.get("requestedBy").asText()).isEqualTo("vrs.officer");
        assertThat(waiting.get("subject").asText()).startsWith("FORCED_EXPULSION_DECISION VRS-");
        assertThat(item(api.get("pmlp.supervisor", "/api/v1/boards/pending-approvals?institution=PMLP&size=200").body(),
                decisionId)).as("the other institution's queue").isNull();

        assertThat(approve("vrs.supervisor", opened.caseId(), decisionId).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> item(api.get("vrs.supervisor", board).body(), decisionId) == null);
    }

    private static JsonNode item(JsonNode page, String id) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .filter(e -> e.get("id").asText().equals(id)).findFirst().orElse(null);
    }

    @Test
    void administratorsSeeThePolicyVersionsTheCommandsApply() {
        var policies = api.get("administrator", "/api/v1/admin/policies");

        assertThat(policies.status()).isEqualTo(200);
        assertThat(policies.body().at("/fourEyes/0/effectiveFrom").asText()).isEqualTo("2012-02-01");
        assertThat(policies.body().at("/fourEyes/1/decisionTypes/0").asText()).isEqualTo("FORCED_EXPULSION_DECISION");
        assertThat(policies.body().at("/legalLimits/0/maximumEntryBan").asText()).isEqualTo("P3Y");
    }

    @Test
    void theCaseFileShowsADecisionAwaitingApproval() {
        Opened opened = open("BELOVA", "7300000002", JANUARY_2012);
        var issued = expel("vrs.officer", opened.caseId());

        JsonNode decision = caseOf(opened, issued.body().get("version").asLong()).at("/decisions/0");

        assertThat(decision.get("approval").asText()).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void aDecisionIssuedOutsideThePolicyNeedsNoApproval() {
        Opened opened = open("BELOVS", "7300000003", TODAY);
        var issued = api.post("vrs.officer", cases(opened.caseId()) + "/forced-expulsion-decisions",
                Requests.forcedExpulsion(TODAY, "P3Y"));

        assertThat(serve(opened.caseId(), issued.id(), TODAY).status()).isEqualTo(204);
    }

    @Test
    void aSupervisorCannotApproveTheirOwnDecision() {
        Opened opened = open("BELOVSKI", "7300000004", JANUARY_2012);
        String decisionId = expel("vrs.supervisor", opened.caseId()).id();

        var approval = approve("vrs.supervisor", opened.caseId(), decisionId);

        assertThat(approval.status()).isEqualTo(403);
        assertThat(approval.code()).isEqualTo("FOUR_EYES_REQUIRED");
        assertThat(serve(opened.caseId(), decisionId).code()).isEqualTo("DECISION_AWAITING_APPROVAL");
    }

    @Test
    void anOfficerCannotApproveADecision() {
        Opened opened = open("BELOVSKIJ", "7300000005", JANUARY_2012);
        String decisionId = expel("vrs.officer", opened.caseId()).id();

        assertThat(approve("pmlp.officer", opened.caseId(), decisionId).status()).isEqualTo(403);
        assertThat(approve("vrs.officer", opened.caseId(), decisionId).status()).isEqualTo(403);
        var otherInstitution = approve("pmlp.supervisor", opened.caseId(), decisionId);
        assertThat(otherInstitution.status()).isEqualTo(403);
        assertThat(otherInstitution.code()).isEqualTo("DECISION_OF_OTHER_INSTITUTION");
    }

    @Test
    void aClericalCorrectionTakesEffectWhenASecondSupervisorApprovesAndTheOriginalStaysInTheAuditTrail() {
        Opened opened = open("GROMOV", "7300000006", TODAY);
        var order = api.post("vrs.officer", cases(opened.caseId()) + "/departure-orders", Requests.departureOrder(TODAY, 14));
        String originalBasis = Requests.departureOrder(TODAY, 14).get("legalBasis").toString();
        String eventId = historyEntry(opened.personId(), "DepartureOrderIssued").get("eventId").asText();

        var proposal = api.post("vrs.officer", cases(opened.caseId()) + "/clerical-corrections", Map.of(
                "eventId", eventId, "field", "LEGAL_BASIS", "correctedValue", CORRECTED_BASIS,
                "reason", "The provision was mistyped"));
        assertThat(proposal.status()).isEqualTo(201);
        assertThat(proposal.headers().get("location")).endsWith("/clerical-corrections/" + proposal.id());
        JsonNode pending = caseOf(opened, proposal.body().get("version").asLong());
        assertThat(pending.at("/decisions/0/legalBasis").asText()).as("not before approval").isEqualTo(originalBasis);
        assertThat(pending.at("/corrections/0/state").asText()).isEqualTo("PENDING");

        var approval = api.post("vrs.supervisor", cases(opened.caseId()) + "/clerical-corrections/" + proposal.id() + "/approval",
                null);
        assertThat(approval.status()).isEqualTo(204);

        JsonNode corrected = caseOf(opened, ReadSideScenario.version(approval));
        assertThat(corrected.at("/decisions/0/legalBasis").asText()).isEqualTo(CORRECTED_BASIS);
        assertThat(corrected.at("/corrections/0/state").asText()).isEqualTo("APPLIED");
        assertThat(corrected.at("/corrections/0/proposedBy").asText()).isEqualTo("vrs.officer");
        assertThat(corrected.at("/corrections/0/decidedBy").asText()).isEqualTo("vrs.supervisor");
        assertThat(corrected.at("/corrections/0/correctedEventId").asText()).isEqualTo(eventId);
        assertThat(order.status()).isEqualTo(201);

        JsonNode correction = historyEntry(opened.personId(), "ClericalErrorCorrected");
        assertThat(correction.at("/details/correctedEventId").asText()).isEqualTo(eventId);
        assertThat(correction.at("/details/previousValue").asText()).isEqualTo(originalBasis);
        assertThat(correction.at("/actor/userId").asText()).isEqualTo("vrs.supervisor");
        assertThat(historyEntry(opened.personId(), "DepartureOrderIssued").get("legalBasis").asText())
                .as("the corrected event is never changed").isEqualTo(originalBasis);
    }

    @Test
    void theProposerCannotApproveTheirOwnCorrectionAndAnotherSupervisorRejectsIt() {
        Opened opened = open("GROMOVA", "7300000007", TODAY);
        api.post("vrs.officer", cases(opened.caseId()) + "/departure-orders", Requests.departureOrder(TODAY, 14));
        String eventId = historyEntry(opened.personId(), "DepartureOrderIssued").get("eventId").asText();
        var proposal = api.post("vrs.supervisor", cases(opened.caseId()) + "/clerical-corrections", Map.of(
                "eventId", eventId, "field", "LEGAL_BASIS", "correctedValue", CORRECTED_BASIS, "reason", "Mistyped"));
        String correction = cases(opened.caseId()) + "/clerical-corrections/" + proposal.id();

        var ownApproval = api.post("vrs.supervisor", correction + "/approval", null);
        assertThat(ownApproval.status()).isEqualTo(403);
        assertThat(ownApproval.code()).isEqualTo("FOUR_EYES_REQUIRED");
        assertThat(api.post("vrs.officer", correction + "/rejection", Map.of("reason", "No")).status())
                .as("officers do not decide on corrections").isEqualTo(403);
        var otherInstitution = api.post("pmlp.supervisor", correction + "/rejection", Map.of("reason", "No"));
        assertThat(otherInstitution.code()).isEqualTo("DECISION_OF_OTHER_INSTITUTION");
    }

    @Test
    void aCorrectionMustNameAnEventOfTheSameCase() {
        Opened first = open("ORLOV", "7300000008", TODAY);
        Opened second = open("ORLOVA", "7300000009", TODAY);
        String eventOfFirst = historyEntry(first.personId(), "ReturnCaseOpened").get("eventId").asText();

        var wrongCase = api.post("vrs.officer", cases(second.caseId()) + "/clerical-corrections", Map.of(
                "eventId", eventOfFirst, "field", "LEGAL_BASIS", "correctedValue", CORRECTED_BASIS, "reason", "Mistyped"));
        var unknown = api.post("vrs.officer", cases(second.caseId()) + "/clerical-corrections", Map.of(
                "eventId", "no-such-event", "field", "LEGAL_BASIS", "correctedValue", CORRECTED_BASIS, "reason", "Mistyped"));

        assertThat(wrongCase.status()).isEqualTo(404);
        assertThat(wrongCase.code()).isEqualTo("CORRECTED_EVENT_NOT_FOUND");
        assertThat(unknown.code()).isEqualTo("CORRECTED_EVENT_NOT_FOUND");
    }

    @Test
    void aCorrectionNeedsAValueAndAReason() {
        Opened opened = open("SOKOLOVA", "7300000010", TODAY);

        var invalid = api.post("vrs.officer", cases(opened.caseId()) + "/clerical-corrections", Map.of(
                "eventId", "x", "field", "LEGAL_BASIS", "correctedValue", ""));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().findValuesAsText("field")).contains("reason", "correctedValue");
    }

    @Test
    void onlyTheCorrectableDetailsCanBeNamed() {
        Opened opened = open("SOKOLOVS", "7300000011", TODAY);

        var invalid = api.post("vrs.officer", cases(opened.caseId()) + "/clerical-corrections", Map.of(
                "eventId", "x", "field", "DATE_OF_BIRTH", "correctedValue", "1990-01-01", "reason", "Wrong"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().at("/errors/0/field").asText()).isEqualTo("field");
        assertThat(invalid.body().at("/errors/0/message").asText()).contains("LEGAL_BASIS", "APPEAL_REFERENCE");
    }
}
