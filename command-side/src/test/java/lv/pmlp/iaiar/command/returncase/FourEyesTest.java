package lv.pmlp.iaiar.command.returncase;

import static lv.pmlp.iaiar.command.returncase.ReturnCaseTest.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.instanceOf;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import lv.pmlp.iaiar.command.rules.FourEyesPolicy;
import lv.pmlp.iaiar.command.rules.LegalLimitsPolicy;
import lv.pmlp.iaiar.command.rules.Rule;
import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.returncase.ApprovalReason;
import lv.pmlp.iaiar.events.returncase.ClericalCorrectionProposedEvent;
import lv.pmlp.iaiar.events.returncase.ClericalCorrectionRejectedEvent;
import lv.pmlp.iaiar.events.returncase.ClericalErrorCorrectedEvent;
import lv.pmlp.iaiar.events.returncase.CorrectableField;
import lv.pmlp.iaiar.events.returncase.DecisionApprovalRequiredEvent;
import lv.pmlp.iaiar.events.returncase.DecisionApprovedEvent;
import lv.pmlp.iaiar.events.returncase.DecisionServedEvent;
import lv.pmlp.iaiar.events.returncase.DecisionType;
import lv.pmlp.iaiar.events.returncase.DepartureConfirmedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanImposedEvent;
import lv.pmlp.iaiar.events.returncase.ForcedExpulsionDecisionIssuedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnAssistance;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;

/** Four eyes: decisions the policy holds back until a second supervisor approves, and clerical corrections. */
class FourEyesTest {

    static final Actor SECOND_VRS_SUPERVISOR = new Actor("vrs-supervisor-2", Institution.VRS, "Juridiskā nodaļa", Role.SUPERVISOR);
    static final Actor PMLP_SUPERVISOR = new Actor("pmlp-supervisor-1", Institution.PMLP, "Juridiskā nodaļa", Role.SUPERVISOR);
    /** Forced expulsion decisions issued from 2024 on need approval; departure orders never. */
    static final FourEyesPolicy EXPULSIONS_FROM_2024 = new FourEyesPolicy(List.of(
            new FourEyesPolicy.Version(LocalDate.of(2024, 1, 1), Set.of(DecisionType.FORCED_EXPULSION_DECISION))));
    static final String CORRECTION_ID = "correction-1";
    static final String CORRECTED_BASIS = "Imigrācijas likuma 41. panta otrā daļa";

    private AggregateTestFixture<ReturnCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReturnCase.class);
        fixture.registerInjectableResource(new LegalLimitsPolicy(List.of(LIMITS_2000, LIMITS_2025)));
        fixture.registerInjectableResource((PersonDirectory) PERSON_ID::equals);
        fixture.registerInjectableResource(EXPULSIONS_FROM_2024);
    }

    static DecisionApprovalRequiredEvent approvalRequired(Actor issuer) {
        return new DecisionApprovalRequiredEvent(CASE_ID, PERSON_ID, EXPULSION_ID, DecisionType.FORCED_EXPULSION_DECISION,
                ApprovalReason.POLICY, issuer, at(EXPELLED_ON));
    }

    static ApproveDecisionCommand approve(Actor actor) {
        return new ApproveDecisionCommand(CASE_ID, null, EXPULSION_ID, "Checked against the file", actor, at(EXPELLED_ON));
    }

    @Nested
    class DecisionApproval {

        @Test
        void aDecisionOfATypeThePolicyNamesIsRecordedAsNeedingApproval() {
            fixture.given(opened())
                    .when(expel(THREE_YEARS))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(expulsionIssued(1, null), approvalRequired(VRS_OFFICER), expulsionBanImposed());
        }

        @Test
        void everyDecisionInTheCaseOfAnUnaccompaniedMinorNeedsApproval() {
            ReturnCaseOpenedEvent minorsCase = new ReturnCaseOpenedEvent(CASE_ID, CASE_NUMBER, PERSON_ID, Institution.VRS,
                    GROUNDS, DETECTED_ON, LEGAL_BASIS, VRS_OFFICER, at(DETECTED_ON), true);
            fixture.given(minorsCase)
                    .when(issueOrder(DEPARTURE_DAYS, null))
                    .expectEvents(orderIssued(), new DecisionApprovalRequiredEvent(CASE_ID, PERSON_ID, ORDER_ID,
                            DecisionType.DEPARTURE_ORDER, ApprovalReason.UNACCOMPANIED_MINOR, VRS_OFFICER, at(ISSUED_ON)));
        }

        @Test
        void aDecisionOfAnotherTypeNeedsNoApproval() {
            fixture.given(opened())
                    .when(issueOrder(DEPARTURE_DAYS, null))
                    .expectEvents(orderIssued());
        }

        @Test
        void aDecisionIssuedBeforeThePolicyTookEffectNeedsNoApproval() {
            LocalDate before = LocalDate.of(2023, 12, 28);
            fixture.given(opened())
                    .when(new IssueForcedExpulsionDecisionCommand(CASE_ID, null, EXPULSION_ID, before, THREE_YEARS,
                            EXPULSION_BAN_ID, null, LEGAL_BASIS, VRS_OFFICER, at(before)))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(ForcedExpulsionDecisionIssuedEvent.class),
                            instanceOf(EntryBanImposedEvent.class), andNoMore())));
        }

        @Test
        void anUnapprovedDecisionCannotBeServed() {
            fixture.given(opened(), expulsionIssued(1, null), approvalRequired(VRS_OFFICER), expulsionBanImposed())
                    .when(serve(EXPULSION_ID, EXPELLED_ON, VRS_OFFICER))
                    .expectException(violates(Rule.DECISION_AWAITING_APPROVAL))
                    .expectNoEvents();
        }

        @Test
        void anUnapprovedDecisionCannotBeEnforcedByRemoval() {
            fixture.given(opened(), expulsionIssued(1, null), approvalRequired(VRS_OFFICER), expulsionBanImposed())
                    .when(recordRemoval(EXPULSION_ID, REMOVED_ON, VRS_OFFICER))
                    .expectException(violates(Rule.DECISION_AWAITING_APPROVAL));
        }

        @Test
        void aDepartureIsRecordedEvenBeforeApprovalBecauseItIsAFact() {
            fixture.given(opened(), expulsionIssued(1, null), approvalRequired(VRS_OFFICER), expulsionBanImposed())
                    .when(confirmDeparture(EXPULSION_ID, REMOVED_ON, VRS_OFFICER))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aSecondSupervisorApprovesTheDecision() {
            fixture.given(opened(), expulsionIssued(1, null), approvalRequired(VRS_OFFICER), expulsionBanImposed())
                    .when(approve(VRS_SUPERVISOR))
                    .expectEvents(new DecisionApprovedEvent(CASE_ID, PERSON_ID, EXPULSION_ID, "Checked against the file",
                            VRS_SUPERVISOR, at(EXPELLED_ON)));
        }

        @Test
        void anApprovedDecisionCanBeServed() {
            fixture.given(opened(), expulsionIssued(1, null), approvalRequired(VRS_OFFICER), expulsionBanImposed(),
                            new DecisionApprovedEvent(CASE_ID, PERSON_ID, EXPULSION_ID, null, VRS_SUPERVISOR, at(EXPELLED_ON)))
                    .when(serve(EXPULSION_ID, EXPELLED_ON, VRS_OFFICER))
                    .expectEvents(new DecisionServedEvent(CASE_ID, PERSON_ID, EXPULSION_ID, EXPELLED_ON, "ru", true,
                            VRS_OFFICER, at(EXPELLED_ON)));
        }

        @Test
        void theIssuerCannotApproveTheirOwnDecision() {
            ForcedExpulsionDecisionIssuedEvent issuedBySupervisor = new ForcedExpulsionDecisionIssuedEvent(CASE_ID, PERSON_ID,
                    EXPULSION_ID, CASE_NUMBER + "/1", EXPELLED_ON, GROUNDS, LEGAL_BASIS, null, VRS_SUPERVISOR, at(EXPELLED_ON));
            fixture.given(opened(), issuedBySupervisor, approvalRequired(VRS_SUPERVISOR), expulsionBanImposed())
                    .when(approve(VRS_SUPERVISOR))
                    .expectException(violates(Rule.FOUR_EYES_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void anOfficerCannotApprove() {
            fixture.given(opened(), expulsionIssued(1, null), approvalRequired(VRS_OFFICER), expulsionBanImposed())
                    .when(approve(new Actor("vrs-officer-2", Institution.VRS, "Rīgas pārvalde", Role.OFFICER)))
                    .expectException(violates(Rule.APPROVAL_RESERVED_FOR_SUPERVISORS));
        }

        @Test
        void aSupervisorOfTheOtherInstitutionCannotApprove() {
            fixture.given(opened(), expulsionIssued(1, null), approvalRequired(VRS_OFFICER), expulsionBanImposed())
                    .when(approve(PMLP_SUPERVISOR))
                    .expectException(violates(Rule.DECISION_OF_OTHER_INSTITUTION));
        }

        @Test
        void aDecisionThatNeedsNoApprovalCannotBeApproved() {
            fixture.given(opened(), expulsionIssued(1, null), expulsionBanImposed())
                    .when(approve(VRS_SUPERVISOR))
                    .expectException(violates(Rule.DECISION_NOT_AWAITING_APPROVAL));
        }

        @Test
        void anApprovedDecisionCannotBeApprovedAgain() {
            fixture.given(opened(), expulsionIssued(1, null), approvalRequired(VRS_OFFICER), expulsionBanImposed(),
                            new DecisionApprovedEvent(CASE_ID, PERSON_ID, EXPULSION_ID, null, VRS_SUPERVISOR, at(EXPELLED_ON)))
                    .when(approve(SECOND_VRS_SUPERVISOR))
                    .expectException(violates(Rule.DECISION_NOT_AWAITING_APPROVAL));
        }
    }

    @Nested
    class ClericalCorrection {

        /** opened() is at position 0 of the stream, orderIssued() at 1, orderServed() at 2. */
        static final long ORDER_POSITION = 1;
        static final long SERVICE_POSITION = 2;

        ProposeClericalCorrectionCommand propose(long sequence, CorrectableField field, String value, Actor actor) {
            return new ProposeClericalCorrectionCommand(CASE_ID, null, CORRECTION_ID, "event-" + sequence, sequence, field,
                    value, "Typing error in the provision", actor, at(LATER));
        }

        ClericalCorrectionProposedEvent proposed(Actor actor) {
            return new ClericalCorrectionProposedEvent(CASE_ID, PERSON_ID, CORRECTION_ID, "event-1", ORDER_POSITION,
                    "DepartureOrderIssued", ORDER_ID, CorrectableField.LEGAL_BASIS, LEGAL_BASIS, CORRECTED_BASIS,
                    "Typing error in the provision", actor, at(LATER));
        }

        @Test
        void anOfficerProposesACorrectionNamingTheEventItsDetailAndBothValues() {
            fixture.given(opened(), orderIssued())
                    .when(propose(ORDER_POSITION, CorrectableField.LEGAL_BASIS, CORRECTED_BASIS, VRS_OFFICER))
                    .expectEvents(proposed(VRS_OFFICER));
        }

        @Test
        void aCorrectionOfAnEventNotInTheCaseIsRefused() {
            fixture.given(opened(), orderIssued())
                    .when(propose(7, CorrectableField.LEGAL_BASIS, CORRECTED_BASIS, VRS_OFFICER))
                    .expectException(violates(Rule.CORRECTED_EVENT_NOT_FOUND));
        }

        @Test
        void aDetailTheEventDoesNotRecordCannotBeCorrected() {
            fixture.given(opened(), orderIssued())
                    .when(propose(ORDER_POSITION, CorrectableField.SERVICE_LANGUAGE, "lv", VRS_OFFICER))
                    .expectException(violates(Rule.FIELD_NOT_CORRECTABLE));
        }

        @Test
        void aServiceLanguageMustBeALanguageCode() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(propose(SERVICE_POSITION, CorrectableField.SERVICE_LANGUAGE, "Russian", VRS_OFFICER))
                    .expectException(violates(Rule.CORRECTED_VALUE_INVALID));
        }

        @Test
        void anInterpreterFlagIsTrueOrFalse() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(propose(SERVICE_POSITION, CorrectableField.INTERPRETER_USED, "yes", VRS_OFFICER))
                    .expectException(violates(Rule.CORRECTED_VALUE_INVALID));
        }

        @Test
        void aCorrectionToTheValueRecordedChangesNothingAndIsRefused() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(propose(SERVICE_POSITION, CorrectableField.INTERPRETER_USED, "true", VRS_OFFICER))
                    .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
        }

        @Test
        void aDetailLeftEmptyCanBeFilledIn() {
            DepartureConfirmedEvent departedWithoutCrossingPoint = new DepartureConfirmedEvent(CASE_ID, PERSON_ID, ORDER_ID,
                    DEPARTED_ON, null, "RU", ReturnAssistance.NOT_ASSISTED, VRS_OFFICER, at(DEPARTED_ON));
            fixture.given(opened(), orderIssued(), orderServed(), departedWithoutCrossingPoint)
                    .when(propose(3, CorrectableField.BORDER_CROSSING_POINT, "Terehova", VRS_OFFICER))
                    .expectEvents(new ClericalCorrectionProposedEvent(CASE_ID, PERSON_ID, CORRECTION_ID, "event-3", 3,
                            "DepartureConfirmed", ORDER_ID, CorrectableField.BORDER_CROSSING_POINT, null, "Terehova",
                            "Typing error in the provision", VRS_OFFICER, at(LATER)));
        }

        @Test
        void theOtherInstitutionCannotProposeCorrectionsToThisCase() {
            fixture.given(opened(), orderIssued())
                    .when(propose(ORDER_POSITION, CorrectableField.LEGAL_BASIS, CORRECTED_BASIS, PMLP_OFFICER))
                    .expectException(violates(Rule.DECISION_OF_OTHER_INSTITUTION));
        }

        @Test
        void onlyOneCorrectionOfADetailAwaitsADecisionAtATime() {
            fixture.given(opened(), orderIssued(), proposed(VRS_OFFICER))
                    .when(new ProposeClericalCorrectionCommand(CASE_ID, null, "correction-2", "event-1", ORDER_POSITION,
                            CorrectableField.LEGAL_BASIS, "Imigrācijas likuma 42. pants", "Second thoughts", VRS_OFFICER,
                            at(LATER)))
                    .expectException(violates(Rule.CORRECTION_ALREADY_PROPOSED));
        }

        @Test
        void aSecondSupervisorApprovesAndTheCorrectionTakesEffect() {
            fixture.given(opened(), orderIssued(), proposed(VRS_OFFICER))
                    .when(new ApproveClericalCorrectionCommand(CASE_ID, null, CORRECTION_ID, VRS_SUPERVISOR, at(LATER)))
                    .expectEvents(new ClericalErrorCorrectedEvent(CASE_ID, PERSON_ID, CORRECTION_ID, "event-1", ORDER_POSITION,
                            "DepartureOrderIssued", ORDER_ID, CorrectableField.LEGAL_BASIS, LEGAL_BASIS, CORRECTED_BASIS,
                            "Typing error in the provision", VRS_OFFICER, VRS_SUPERVISOR, at(LATER)));
        }

        @Test
        void theProposerCannotApproveTheirOwnCorrection() {
            fixture.given(opened(), orderIssued(), proposed(VRS_SUPERVISOR))
                    .when(new ApproveClericalCorrectionCommand(CASE_ID, null, CORRECTION_ID, VRS_SUPERVISOR, at(LATER)))
                    .expectException(violates(Rule.FOUR_EYES_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void anOfficerCannotApproveACorrection() {
            fixture.given(opened(), orderIssued(), proposed(VRS_SUPERVISOR))
                    .when(new ApproveClericalCorrectionCommand(CASE_ID, null, CORRECTION_ID, VRS_OFFICER, at(LATER)))
                    .expectException(violates(Rule.APPROVAL_RESERVED_FOR_SUPERVISORS));
        }

        @Test
        void aSecondSupervisorRejectsTheCorrection() {
            fixture.given(opened(), orderIssued(), proposed(VRS_OFFICER))
                    .when(new RejectClericalCorrectionCommand(CASE_ID, null, CORRECTION_ID, "The provision was right",
                            VRS_SUPERVISOR, at(LATER)))
                    .expectEvents(new ClericalCorrectionRejectedEvent(CASE_ID, PERSON_ID, CORRECTION_ID,
                            "The provision was right", VRS_SUPERVISOR, at(LATER)));
        }

        @Test
        void aDecidedCorrectionCannotBeDecidedAgain() {
            fixture.given(opened(), orderIssued(), proposed(VRS_OFFICER), new ClericalCorrectionRejectedEvent(CASE_ID,
                            PERSON_ID, CORRECTION_ID, "The provision was right", VRS_SUPERVISOR, at(LATER)))
                    .when(new ApproveClericalCorrectionCommand(CASE_ID, null, CORRECTION_ID, SECOND_VRS_SUPERVISOR, at(LATER)))
                    .expectException(violates(Rule.CORRECTION_NOT_PENDING));
        }

        @Test
        void anUnknownCorrectionIsNotFound() {
            fixture.given(opened(), orderIssued())
                    .when(new ApproveClericalCorrectionCommand(CASE_ID, null, "correction-9", VRS_SUPERVISOR, at(LATER)))
                    .expectException(violates(Rule.CORRECTION_NOT_FOUND));
        }

        @Test
        void aLaterCorrectionIsJudgedAgainstTheCorrectedValue() {
            fixture.given(opened(), orderIssued(), proposed(VRS_OFFICER), new ClericalErrorCorrectedEvent(CASE_ID, PERSON_ID,
                            CORRECTION_ID, "event-1", ORDER_POSITION, "DepartureOrderIssued", ORDER_ID,
                            CorrectableField.LEGAL_BASIS, LEGAL_BASIS, CORRECTED_BASIS, "Typing error", VRS_OFFICER,
                            VRS_SUPERVISOR, at(LATER)))
                    .when(new ProposeClericalCorrectionCommand(CASE_ID, null, "correction-2", "event-1", ORDER_POSITION,
                            CorrectableField.LEGAL_BASIS, CORRECTED_BASIS, "Once more", VRS_OFFICER, at(LATER)))
                    .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
        }

        @Test
        void aCorrectionIdIsUsedOnce() {
            fixture.given(opened(), orderIssued(), orderServed(), proposed(VRS_OFFICER))
                    .when(propose(SERVICE_POSITION, CorrectableField.SERVICE_LANGUAGE, "uk", VRS_OFFICER))
                    .expectException(violates(Rule.CORRECTION_ALREADY_EXISTS));
        }
    }
}
