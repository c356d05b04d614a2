package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import lv.pmlp.iaiar.command.CommandResult;
import lv.pmlp.iaiar.command.rules.FourEyesPolicy;
import lv.pmlp.iaiar.command.rules.LegalLimits;
import lv.pmlp.iaiar.command.rules.LegalLimitsPolicy;
import lv.pmlp.iaiar.command.rules.Rule;
import lv.pmlp.iaiar.command.rules.RuleViolation;
import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.returncase.AppealDecidedEvent;
import lv.pmlp.iaiar.events.returncase.AppealLodgedEvent;
import lv.pmlp.iaiar.events.returncase.AppealOutcome;
import lv.pmlp.iaiar.events.returncase.AppealType;
import lv.pmlp.iaiar.events.returncase.BanLiftReason;
import lv.pmlp.iaiar.events.returncase.DecisionAnnulledEvent;
import lv.pmlp.iaiar.events.returncase.DecisionServedEvent;
import lv.pmlp.iaiar.events.returncase.DecisionWithdrawnEvent;
import lv.pmlp.iaiar.events.returncase.DepartureConfirmedEvent;
import lv.pmlp.iaiar.events.returncase.DepartureOrderIssuedEvent;
import lv.pmlp.iaiar.events.returncase.DepartureOrderSupersededEvent;
import lv.pmlp.iaiar.events.returncase.EnforcementResumedEvent;
import lv.pmlp.iaiar.events.returncase.EnforcementSuspendedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanActivatedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanExpiredEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanImposedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanLiftedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanShortenedEvent;
import lv.pmlp.iaiar.events.returncase.ForcedExpulsionDecisionIssuedEvent;
import lv.pmlp.iaiar.events.returncase.RemovalExecutedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnAssistance;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnGround;
import lv.pmlp.iaiar.events.returncase.SuspensionReason;
import lv.pmlp.iaiar.events.returncase.VoluntaryDepartureDeadlineMissedEvent;

class ReturnCaseTest {

    // actors
    static final Actor VRS_OFFICER = new Actor("vrs-officer-1", Institution.VRS, "Rīgas pārvalde", Role.OFFICER);
    static final Actor VRS_SUPERVISOR = new Actor("vrs-supervisor-1", Institution.VRS, "Juridiskā nodaļa", Role.SUPERVISOR);
    static final Actor PMLP_OFFICER = new Actor("pmlp-officer-1", Institution.PMLP, "Migrācijas departaments", Role.OFFICER);
    static final Actor VRS_AUDITOR = new Actor("auditor-1", Institution.VRS, "Iekšējā kontrole", Role.AUDITOR);
    static final Actor SYSTEM = Actor.SYSTEM;

    // ids
    static final String CASE_ID = "case-1";
    static final String CASE_NUMBER = "VRS-2024-0001";
    static final String PERSON_ID = "person-1";
    static final String UNKNOWN_PERSON_ID = "person-unknown";
    static final String ORDER_ID = "decision-1";
    static final String EXPULSION_ID = "decision-2";
    static final String NEXT_ORDER_ID = "decision-3";
    static final String BAN_ID = "ban-1";
    static final String EXPULSION_BAN_ID = "ban-2";
    static final String APPEAL_ID = "appeal-1";
    static final String SECOND_APPEAL_ID = "appeal-2";

    // content
    static final Set<ReturnGround> GROUNDS = Set.of(ReturnGround.VISA_OVERSTAY);
    static final String LEGAL_BASIS = "Imigrācijas likums 41. panta pirmā daļa";
    static final Period THREE_YEARS = Period.ofYears(3);
    static final Period TWO_YEARS = Period.ofYears(2);

    // dates
    static final LocalDate DETECTED_ON = LocalDate.of(2024, 3, 1);
    static final LocalDate ISSUED_ON = LocalDate.of(2024, 3, 4);
    static final int DEPARTURE_DAYS = 30;
    static final LocalDate DEADLINE = LocalDate.of(2024, 4, 3);
    static final LocalDate SERVED_ON = LocalDate.of(2024, 3, 5);
    static final LocalDate DEPARTED_ON = LocalDate.of(2024, 3, 20);
    static final LocalDate EXPELLED_ON = LocalDate.of(2024, 4, 10);
    static final LocalDate REMOVED_ON = LocalDate.of(2024, 4, 20);
    static final LocalDate APPEALED_ON = LocalDate.of(2024, 3, 12);
    static final LocalDate DECIDED_ON = LocalDate.of(2024, 5, 15);
    static final LocalDate LATER = LocalDate.of(2024, 6, 3);

    // legal limits: the seed values, and a second version from 2025
    static final LegalLimits LIMITS_2000 = new LegalLimits(LocalDate.of(2000, 1, 1), Period.ofYears(3), 7, 30,
            Period.ofMonths(6), Period.ofMonths(18));
    static final LegalLimits LIMITS_2025 = new LegalLimits(LocalDate.of(2025, 1, 1), Period.ofYears(5), 10, 30,
            Period.ofMonths(2), Period.ofMonths(12));

    private AggregateTestFixture<ReturnCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReturnCase.class);
        fixture.registerInjectableResource(new LegalLimitsPolicy(List.of(LIMITS_2000, LIMITS_2025)));
        fixture.registerInjectableResource((PersonDirectory) PERSON_ID::equals);
        fixture.registerInjectableResource(FourEyesPolicy.none());
    }

    /** Ten in the morning, Riga time, of a business day. */
    static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZoneId.of("Europe/Riga")).toInstant();
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.of("Europe/Riga")).toInstant();
    }

    static Matcher<RuleViolation> violates(Rule rule) {
        return new CustomTypeSafeMatcher<>("a RuleViolation of " + rule) {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.rule() == rule;
            }
        };
    }

    // --- events --------------------------------------------------------------------------------------------

    static ReturnCaseOpenedEvent opened(Actor actor) {
        return new ReturnCaseOpenedEvent(CASE_ID, CASE_NUMBER, PERSON_ID, actor.institution(), GROUNDS, DETECTED_ON,
                LEGAL_BASIS, actor, at(DETECTED_ON));
    }

    static ReturnCaseOpenedEvent opened() {
        return opened(VRS_OFFICER);
    }

    static DepartureOrderIssuedEvent orderIssued(String decisionId, int number, LocalDate issuedOn, int days,
            Set<ReturnGround> grounds) {
        return new DepartureOrderIssuedEvent(CASE_ID, PERSON_ID, decisionId, CASE_NUMBER + "/" + number, issuedOn, days,
                issuedOn.plusDays(days), grounds, LEGAL_BASIS, VRS_OFFICER, at(issuedOn));
    }

    static DepartureOrderIssuedEvent orderIssued() {
        return orderIssued(ORDER_ID, 1, ISSUED_ON, DEPARTURE_DAYS, GROUNDS);
    }

    static EntryBanImposedEvent banImposed(String banId, String decisionId, Period duration, LocalDate on) {
        return new EntryBanImposedEvent(CASE_ID, PERSON_ID, banId, decisionId, duration, LEGAL_BASIS, VRS_OFFICER, at(on));
    }

    static EntryBanImposedEvent orderBanImposed() {
        return banImposed(BAN_ID, ORDER_ID, THREE_YEARS, ISSUED_ON);
    }

    static ForcedExpulsionDecisionIssuedEvent expulsionIssued(int number, String superseded) {
        return new ForcedExpulsionDecisionIssuedEvent(CASE_ID, PERSON_ID, EXPULSION_ID, CASE_NUMBER + "/" + number,
                EXPELLED_ON, GROUNDS, LEGAL_BASIS, superseded, VRS_OFFICER, at(EXPELLED_ON));
    }

    static EntryBanImposedEvent expulsionBanImposed() {
        return banImposed(EXPULSION_BAN_ID, EXPULSION_ID, THREE_YEARS, EXPELLED_ON);
    }

    static DepartureOrderSupersededEvent superseded() {
        return new DepartureOrderSupersededEvent(CASE_ID, PERSON_ID, ORDER_ID, EXPULSION_ID, VRS_OFFICER, at(EXPELLED_ON));
    }

    static DecisionServedEvent served(String decisionId, LocalDate on) {
        return new DecisionServedEvent(CASE_ID, PERSON_ID, decisionId, on, "ru", true, VRS_OFFICER, at(on));
    }

    static DecisionServedEvent orderServed() {
        return served(ORDER_ID, SERVED_ON);
    }

    static DepartureConfirmedEvent departed(String decisionId, LocalDate on, Actor actor) {
        return new DepartureConfirmedEvent(CASE_ID, PERSON_ID, decisionId, on, "Terehova", "RU",
                ReturnAssistance.NOT_ASSISTED, actor, at(on));
    }

    static EntryBanActivatedEvent banActivated(String banId, LocalDate from, LocalDate until, Actor actor) {
        return new EntryBanActivatedEvent(CASE_ID, PERSON_ID, banId, from, until, actor, at(from));
    }

    static RemovalExecutedEvent removed(Actor actor) {
        return new RemovalExecutedEvent(CASE_ID, PERSON_ID, EXPULSION_ID, REMOVED_ON, "Rīgas lidosta", "RU", true, actor,
                at(REMOVED_ON));
    }

    static AppealLodgedEvent appealLodged(String appealId, String decisionId) {
        return new AppealLodgedEvent(CASE_ID, PERSON_ID, appealId, decisionId, AppealType.COURT_APPEAL,
                "Administratīvā rajona tiesa", APPEALED_ON, VRS_OFFICER, at(APPEALED_ON));
    }

    static AppealDecidedEvent appealDecided(String appealId, AppealOutcome outcome) {
        return new AppealDecidedEvent(CASE_ID, PERSON_ID, appealId, ORDER_ID, outcome, DECIDED_ON, "A420123-24",
                VRS_OFFICER, at(DECIDED_ON));
    }

    static EnforcementSuspendedEvent suspended(String decisionId) {
        return new EnforcementSuspendedEvent(CASE_ID, PERSON_ID, decisionId, SuspensionReason.PENDING_REMEDY,
                "Court appeal pending", VRS_OFFICER, at(APPEALED_ON));
    }

    static EnforcementResumedEvent resumed(String decisionId) {
        return new EnforcementResumedEvent(CASE_ID, PERSON_ID, decisionId, "Appeal dismissed", VRS_OFFICER, at(DECIDED_ON));
    }

    static DecisionWithdrawnEvent withdrawn(String decisionId) {
        return new DecisionWithdrawnEvent(CASE_ID, PERSON_ID, decisionId, "Residence permit granted", VRS_OFFICER,
                at(LATER));
    }

    static EntryBanLiftedEvent banLifted(String banId, BanLiftReason reason, String note) {
        return new EntryBanLiftedEvent(CASE_ID, PERSON_ID, banId, reason, note, VRS_OFFICER, at(LATER));
    }

    static EntryBanShortenedEvent banShortened(String banId, Period duration, LocalDate endsOn) {
        return new EntryBanShortenedEvent(CASE_ID, PERSON_ID, banId, duration, endsOn, "Family ties", VRS_OFFICER, at(LATER));
    }

    static EntryBanExpiredEvent banExpired(String banId, LocalDate endedOn) {
        return new EntryBanExpiredEvent(CASE_ID, PERSON_ID, banId, endedOn, SYSTEM, startOf(endedOn.plusDays(1)));
    }

    static VoluntaryDepartureDeadlineMissedEvent deadlineMissed() {
        return new VoluntaryDepartureDeadlineMissedEvent(CASE_ID, PERSON_ID, ORDER_ID, DEADLINE, SYSTEM,
                startOf(DEADLINE.plusDays(1)));
    }

    // --- commands ------------------------------------------------------------------------------------------

    static OpenReturnCaseCommand open(String personId, Set<ReturnGround> grounds, Actor actor) {
        return new OpenReturnCaseCommand(CASE_ID, CASE_NUMBER, personId, grounds, DETECTED_ON, LEGAL_BASIS, actor,
                at(DETECTED_ON));
    }

    static IssueDepartureOrderCommand issueOrder(String decisionId, LocalDate issuedOn, int days, Period ban,
            Set<ReturnGround> grounds, Actor actor) {
        return new IssueDepartureOrderCommand(CASE_ID, null, decisionId, issuedOn, days, ban, ban == null ? null : BAN_ID,
                grounds, LEGAL_BASIS, actor, at(issuedOn));
    }

    static IssueDepartureOrderCommand issueOrder(int days, Period ban) {
        return issueOrder(ORDER_ID, ISSUED_ON, days, ban, null, VRS_OFFICER);
    }

    static IssueForcedExpulsionDecisionCommand expel(String decisionId, Period ban, Actor actor) {
        return new IssueForcedExpulsionDecisionCommand(CASE_ID, null, decisionId, EXPELLED_ON, ban, EXPULSION_BAN_ID,
                null, LEGAL_BASIS, actor, at(EXPELLED_ON));
    }

    static IssueForcedExpulsionDecisionCommand expel(Period ban) {
        return expel(EXPULSION_ID, ban, VRS_OFFICER);
    }

    static ImposeEntryBanCommand imposeBan(String decisionId, Period duration, Actor actor, LocalDate on) {
        return new ImposeEntryBanCommand(CASE_ID, null, decisionId, BAN_ID, duration, LEGAL_BASIS, actor, at(on));
    }

    static ServeDecisionCommand serve(String decisionId, LocalDate on, Actor actor) {
        return new ServeDecisionCommand(CASE_ID, null, decisionId, on, "ru", true, actor, at(on));
    }

    static LodgeAppealCommand lodge(String appealId, String decisionId, LocalDate filedOn) {
        return new LodgeAppealCommand(CASE_ID, null, appealId, decisionId, AppealType.COURT_APPEAL,
                "Administratīvā rajona tiesa", filedOn, VRS_OFFICER, at(filedOn));
    }

    static RecordAppealOutcomeCommand decide(String appealId, AppealOutcome outcome, Period amendedBan) {
        return new RecordAppealOutcomeCommand(CASE_ID, null, appealId, outcome, DECIDED_ON, "A420123-24", amendedBan,
                VRS_OFFICER, at(DECIDED_ON));
    }

    static SuspendEnforcementCommand suspend(String decisionId, Actor actor) {
        return new SuspendEnforcementCommand(CASE_ID, null, decisionId, SuspensionReason.PENDING_REMEDY,
                "Court appeal pending", actor, at(APPEALED_ON));
    }

    static ResumeEnforcementCommand resume(String decisionId) {
        return new ResumeEnforcementCommand(CASE_ID, null, decisionId, "Appeal dismissed", VRS_OFFICER, at(DECIDED_ON));
    }

    static WithdrawDecisionCommand withdraw(String decisionId, Actor actor) {
        return new WithdrawDecisionCommand(CASE_ID, null, decisionId, "Residence permit granted", actor, at(LATER));
    }

    static ConfirmDepartureCommand confirmDeparture(String decisionId, LocalDate on, Actor actor) {
        return new ConfirmDepartureCommand(CASE_ID, null, decisionId, on, "Terehova", "RU", ReturnAssistance.NOT_ASSISTED,
                actor, at(on));
    }

    static RecordRemovalCommand recordRemoval(String decisionId, LocalDate on, Actor actor) {
        return new RecordRemovalCommand(CASE_ID, null, decisionId, on, "Rīgas lidosta", "RU", true, actor, at(on));
    }

    static ShortenEntryBanCommand shorten(String banId, Period duration, Actor actor) {
        return new ShortenEntryBanCommand(CASE_ID, null, banId, duration, "Family ties", actor, at(LATER));
    }

    static LiftEntryBanCommand lift(String banId, Actor actor) {
        return new LiftEntryBanCommand(CASE_ID, null, banId, BanLiftReason.HUMANITARIAN, "Serious illness", actor, at(LATER));
    }

    static ExpireEntryBanCommand expire(String banId, LocalDate asOf, Actor actor) {
        return new ExpireEntryBanCommand(CASE_ID, null, banId, asOf, actor, at(asOf));
    }

    static RecordMissedDepartureDeadlineCommand recordMissedDeadline(String decisionId, LocalDate asOf) {
        return new RecordMissedDepartureDeadlineCommand(CASE_ID, null, decisionId, asOf, SYSTEM, at(asOf));
    }

    // --- opening a case ------------------------------------------------------------------------------------

    @Nested
    class OpenReturnCase {

        @Test
        void aBorderGuardOfficerOpensACaseThatBelongsToTheBorderGuard() {
            fixture.givenNoPriorActivity()
                    .when(open(PERSON_ID, GROUNDS, VRS_OFFICER))
                    .expectEvents(opened(VRS_OFFICER))
                    .expectResultMessagePayload(CASE_ID);
        }

        @Test
        void aPmlpOfficerOpensACaseThatBelongsToPmlp() {
            fixture.givenNoPriorActivity()
                    .when(open(PERSON_ID, GROUNDS, PMLP_OFFICER))
                    .expectEvents(opened(PMLP_OFFICER))
                    .expectResultMessagePayload(CASE_ID);
        }

        @Test
        void anAuditorMayNotOpenACase() {
            fixture.givenNoPriorActivity()
                    .when(open(PERSON_ID, GROUNDS, VRS_AUDITOR))
                    .expectNoEvents()
                    .expectException(violates(Rule.ROLE_MAY_NOT_WRITE));
        }

        @Test
        void aCaseForAPersonWhoIsNotRegisteredIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(open(UNKNOWN_PERSON_ID, GROUNDS, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.PERSON_NOT_FOUND));
        }

        @Test
        void aCaseWithoutAReturnGroundIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(open(PERSON_ID, Set.of(), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.RETURN_GROUND_REQUIRED));
        }
    }

    // --- issuing decisions ---------------------------------------------------------------------------------

    @Nested
    class IssueDepartureOrder {

        @Test
        void aDepartureOrderWithoutBanTakesTheCaseGroundsAndADeadline() {
            fixture.given(opened())
                    .when(issueOrder(DEPARTURE_DAYS, null))
                    .expectEvents(orderIssued())
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 1));
        }

        @Test
        void aDepartureOrderWithABanImposesTheBanInTheSameTransaction() {
            fixture.given(opened())
                    .when(issueOrder(DEPARTURE_DAYS, THREE_YEARS))
                    .expectEvents(orderIssued(), orderBanImposed())
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 2));
        }

        @Test
        void aDepartureOrderMayNameItsOwnGrounds() {
            Set<ReturnGround> grounds = Set.of(ReturnGround.NO_VALID_VISA_OR_PERMIT, ReturnGround.VISA_OVERSTAY);
            fixture.given(opened())
                    .when(issueOrder(ORDER_ID, ISSUED_ON, DEPARTURE_DAYS, null, grounds, VRS_OFFICER))
                    .expectEvents(orderIssued(ORDER_ID, 1, ISSUED_ON, DEPARTURE_DAYS, grounds))
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 1));
        }

        @Test
        void aSupervisorOfTheOwningInstitutionMayIssueADecision() {
            fixture.given(opened())
                    .when(issueOrder(ORDER_ID, ISSUED_ON, DEPARTURE_DAYS, null, null, VRS_SUPERVISOR))
                    .expectEvents(new DepartureOrderIssuedEvent(CASE_ID, PERSON_ID, ORDER_ID, CASE_NUMBER + "/1", ISSUED_ON,
                            DEPARTURE_DAYS, DEADLINE, GROUNDS, LEGAL_BASIS, VRS_SUPERVISOR, at(ISSUED_ON)))
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 1));
        }

        @Test
        void aPmlpOfficerMayNotIssueADecisionInABorderGuardCase() {
            fixture.given(opened())
                    .when(issueOrder(ORDER_ID, ISSUED_ON, DEPARTURE_DAYS, null, null, PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_OF_OTHER_INSTITUTION));
        }

        @Test
        void anAuditorMayNotIssueADecision() {
            fixture.given(opened())
                    .when(issueOrder(ORDER_ID, ISSUED_ON, DEPARTURE_DAYS, null, null, VRS_AUDITOR))
                    .expectNoEvents()
                    .expectException(violates(Rule.ROLE_MAY_NOT_WRITE));
        }

        @Test
        void aSecondDecisionWhileOneIsInForceIsRefused() {
            fixture.given(opened(), orderIssued())
                    .when(issueOrder(NEXT_ORDER_ID, LATER, DEPARTURE_DAYS, null, null, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.ACTIVE_DECISION_EXISTS));
        }

        @Test
        void aNewDepartureOrderMayFollowAWithdrawnOneWithTheNextNumber() {
            fixture.given(opened(), orderIssued(), withdrawn(ORDER_ID))
                    .when(issueOrder(NEXT_ORDER_ID, LATER, DEPARTURE_DAYS, null, null, VRS_OFFICER))
                    .expectEvents(orderIssued(NEXT_ORDER_ID, 2, LATER, DEPARTURE_DAYS, GROUNDS))
                    .expectResultMessagePayload(new CommandResult(NEXT_ORDER_ID, 3));
        }

        @Test
        void reusingTheIdOfAnEarlierDecisionIsRefused() {
            fixture.given(opened(), orderIssued(), withdrawn(ORDER_ID))
                    .when(issueOrder(ORDER_ID, LATER, DEPARTURE_DAYS, null, null, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_ALREADY_EXISTS));
        }

        @Test
        void theShortestVoluntaryDeparturePeriodInForceIsAccepted() {
            fixture.given(opened())
                    .when(issueOrder(7, null))
                    .expectEvents(orderIssued(ORDER_ID, 1, ISSUED_ON, 7, GROUNDS))
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 1));
        }

        @Test
        void aVoluntaryDeparturePeriodShorterThanTheMinimumIsRefused() {
            fixture.given(opened())
                    .when(issueOrder(6, null))
                    .expectNoEvents()
                    .expectException(violates(Rule.VOLUNTARY_DEPARTURE_PERIOD_OUT_OF_RANGE));
        }

        @Test
        void aVoluntaryDeparturePeriodLongerThanTheMaximumIsRefused() {
            fixture.given(opened())
                    .when(issueOrder(31, null))
                    .expectNoEvents()
                    .expectException(violates(Rule.VOLUNTARY_DEPARTURE_PERIOD_OUT_OF_RANGE));
        }

        @Test
        void theVoluntaryDepartureRangeInForceOnTheIssueDateApplies() {
            // seven days was the minimum until 2024; from 2025 it is ten
            fixture.given(opened())
                    .when(issueOrder(ORDER_ID, LocalDate.of(2025, 2, 3), 7, null, null, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.VOLUNTARY_DEPARTURE_PERIOD_OUT_OF_RANGE));
        }

        @Test
        void aBanLongerThanTheMaximumIsRefused() {
            fixture.given(opened())
                    .when(issueOrder(DEPARTURE_DAYS, Period.of(3, 0, 1)))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_EXCEEDS_MAXIMUM));
        }

        @Test
        void anEmptyBanIsRefused() {
            fixture.given(opened())
                    .when(issueOrder(DEPARTURE_DAYS, Period.ZERO))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_DURATION_INVALID));
        }

        @Test
        void aFourYearBanIssuedBeforeTheNewLimitsIsRefused() {
            fixture.given(opened())
                    .when(issueOrder(ORDER_ID, LocalDate.of(2024, 12, 31), DEPARTURE_DAYS, Period.ofYears(4), null, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_EXCEEDS_MAXIMUM));
        }

        @Test
        void aFourYearBanIssuedUnderTheNewLimitsIsAccepted() {
            LocalDate issuedOn = LocalDate.of(2025, 1, 2);
            fixture.given(opened())
                    .when(issueOrder(ORDER_ID, issuedOn, DEPARTURE_DAYS, Period.ofYears(4), null, VRS_OFFICER))
                    .expectEvents(orderIssued(ORDER_ID, 1, issuedOn, DEPARTURE_DAYS, GROUNDS),
                            banImposed(BAN_ID, ORDER_ID, Period.ofYears(4), issuedOn))
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 2));
        }

        @Test
        void aDecisionDatedBeforeAnyLegalLimitsIsRefused() {
            fixture.given(opened())
                    .when(issueOrder(ORDER_ID, LocalDate.of(1999, 12, 31), DEPARTURE_DAYS, null, null, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.NO_LEGAL_LIMITS_IN_FORCE));
        }
    }

    @Nested
    class IssueForcedExpulsionDecision {

        @Test
        void aForcedExpulsionDecisionImposesItsBanInTheSameTransaction() {
            fixture.given(opened())
                    .when(expel(THREE_YEARS))
                    .expectEvents(expulsionIssued(1, null), expulsionBanImposed())
                    .expectResultMessagePayload(new CommandResult(EXPULSION_ID, 2));
        }

        @Test
        void forcedExpulsionWithoutEntryBanIsRefused() {
            fixture.given(opened())
                    .when(expel(null))
                    .expectNoEvents()
                    .expectException(violates(Rule.FORCED_EXPULSION_REQUIRES_ENTRY_BAN));
        }

        @Test
        void aForcedExpulsionBanLongerThanTheMaximumIsRefused() {
            fixture.given(opened())
                    .when(expel(Period.ofYears(4)))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_EXCEEDS_MAXIMUM));
        }

        @Test
        void forcedExpulsionSupersedesTheDepartureOrderWhoseDeadlineWasMissed() {
            fixture.given(opened(), orderIssued(), orderServed(), deadlineMissed())
                    .when(expel(THREE_YEARS))
                    .expectEvents(expulsionIssued(2, ORDER_ID), superseded(), expulsionBanImposed())
                    .expectResultMessagePayload(new CommandResult(EXPULSION_ID, 6));
        }

        @Test
        void forcedExpulsionLiftsThePendingBanOfTheDepartureOrderItSupersedes() {
            fixture.given(opened(), orderIssued(), orderBanImposed())
                    .when(expel(THREE_YEARS))
                    .expectEvents(expulsionIssued(2, ORDER_ID), superseded(),
                            new EntryBanLiftedEvent(CASE_ID, PERSON_ID, BAN_ID, BanLiftReason.DECISION_SUPERSEDED,
                                    "Superseded by " + EXPULSION_ID, VRS_OFFICER, at(EXPELLED_ON)),
                            expulsionBanImposed())
                    .expectResultMessagePayload(new CommandResult(EXPULSION_ID, 6));
        }

        @Test
        void anExecutedDepartureOrderIsNotSuperseded() {
            fixture.given(opened(), orderIssued(), departed(ORDER_ID, DEPARTED_ON, VRS_OFFICER))
                    .when(expel(THREE_YEARS))
                    .expectEvents(expulsionIssued(2, null), expulsionBanImposed())
                    .expectResultMessagePayload(new CommandResult(EXPULSION_ID, 4));
        }

        @Test
        void aSecondForcedExpulsionDecisionWhileOneIsInForceIsRefused() {
            fixture.given(opened(), expulsionIssued(1, null), expulsionBanImposed())
                    .when(expel("decision-9", THREE_YEARS, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.ACTIVE_DECISION_EXISTS));
        }

        @Test
        void reusingTheIdOfAnEarlierDecisionIsRefused() {
            fixture.given(opened(), orderIssued())
                    .when(expel(ORDER_ID, THREE_YEARS, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_ALREADY_EXISTS));
        }

        @Test
        void aPmlpOfficerMayNotIssueAForcedExpulsionDecisionInABorderGuardCase() {
            fixture.given(opened(), orderIssued())
                    .when(expel(EXPULSION_ID, THREE_YEARS, PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_OF_OTHER_INSTITUTION));
        }
    }

    @Nested
    class ImposeEntryBan {

        @Test
        void aBanIsAddedToADepartureOrderThatHasNotBeenServed() {
            fixture.given(opened(), orderIssued())
                    .when(imposeBan(ORDER_ID, THREE_YEARS, VRS_OFFICER, ISSUED_ON))
                    .expectEvents(orderBanImposed())
                    .expectResultMessagePayload(new CommandResult(BAN_ID, 2));
        }

        @Test
        void aBanCannotBeAddedToAServedDepartureOrder() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(imposeBan(ORDER_ID, THREE_YEARS, VRS_OFFICER, SERVED_ON))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_ONLY_WITH_UNSERVED_DEPARTURE_ORDER));
        }

        @Test
        void aSecondBanOnTheSameDecisionIsRefused() {
            fixture.given(opened(), orderIssued(), orderBanImposed())
                    .when(imposeBan(ORDER_ID, TWO_YEARS, VRS_OFFICER, ISSUED_ON))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_ALREADY_IMPOSED));
        }

        @Test
        void aBanOnAnUnknownDecisionIsRefused() {
            fixture.given(opened())
                    .when(imposeBan(ORDER_ID, THREE_YEARS, VRS_OFFICER, ISSUED_ON))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_NOT_FOUND));
        }

        @Test
        void anEmptyBanIsRefused() {
            fixture.given(opened(), orderIssued())
                    .when(imposeBan(ORDER_ID, Period.ZERO, VRS_OFFICER, ISSUED_ON))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_DURATION_INVALID));
        }

        @Test
        void theBanIsCheckedAgainstTheLimitsInForceOnTheDecisionsIssueDate() {
            LocalDate issuedOn = LocalDate.of(2024, 12, 30);
            fixture.given(opened(), orderIssued(ORDER_ID, 1, issuedOn, DEPARTURE_DAYS, GROUNDS))
                    .when(imposeBan(ORDER_ID, Period.ofYears(4), VRS_OFFICER, LocalDate.of(2025, 1, 6)))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_EXCEEDS_MAXIMUM));
        }

        @Test
        void aPmlpOfficerMayNotImposeABanInABorderGuardCase() {
            fixture.given(opened(), orderIssued())
                    .when(imposeBan(ORDER_ID, THREE_YEARS, PMLP_OFFICER, ISSUED_ON))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_OF_OTHER_INSTITUTION));
        }
    }

    // --- service and appeals -------------------------------------------------------------------------------

    @Nested
    class ServeDecision {

        @Test
        void anIssuedDecisionIsServed() {
            fixture.given(opened(), orderIssued())
                    .when(serve(ORDER_ID, SERVED_ON, VRS_OFFICER))
                    .expectEvents(orderServed())
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 2));
        }

        @Test
        void aDecisionMayBeServedOnItsIssueDay() {
            fixture.given(opened(), orderIssued())
                    .when(serve(ORDER_ID, ISSUED_ON, VRS_OFFICER))
                    .expectEvents(served(ORDER_ID, ISSUED_ON))
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 2));
        }

        @Test
        void aServedDecisionCannotBeServedAgain() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(serve(ORDER_ID, LATER, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_NOT_AWAITING_SERVICE));
        }

        @Test
        void serviceBeforeTheIssueDateIsRefused() {
            fixture.given(opened(), orderIssued())
                    .when(serve(ORDER_ID, ISSUED_ON.minusDays(1), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_DATE_BEFORE_ISSUE));
        }

        @Test
        void aPmlpOfficerMayNotServeABorderGuardDecision() {
            fixture.given(opened(), orderIssued())
                    .when(serve(ORDER_ID, SERVED_ON, PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_OF_OTHER_INSTITUTION));
        }
    }

    @Nested
    class LodgeAppeal {

        @Test
        void anAppealAgainstAServedDecisionIsLodged() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(lodge(APPEAL_ID, ORDER_ID, APPEALED_ON))
                    .expectEvents(appealLodged(APPEAL_ID, ORDER_ID))
                    .expectResultMessagePayload(new CommandResult(APPEAL_ID, 3));
        }

        @Test
        void anAppealAgainstADecisionNotYetServedIsRefused() {
            fixture.given(opened(), orderIssued())
                    .when(lodge(APPEAL_ID, ORDER_ID, APPEALED_ON))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_NOT_SERVED));
        }

        @Test
        void aSecondAppealWhileOneIsPendingIsRefused() {
            fixture.given(opened(), orderIssued(), orderServed(), appealLodged(APPEAL_ID, ORDER_ID))
                    .when(lodge(SECOND_APPEAL_ID, ORDER_ID, APPEALED_ON))
                    .expectNoEvents()
                    .expectException(violates(Rule.APPEAL_ALREADY_PENDING));
        }

        @Test
        void aFurtherAppealMayFollowADecidedOne() {
            fixture.given(opened(), orderIssued(), orderServed(), appealLodged(APPEAL_ID, ORDER_ID),
                            appealDecided(APPEAL_ID, AppealOutcome.UPHELD))
                    .when(lodge(SECOND_APPEAL_ID, ORDER_ID, APPEALED_ON))
                    .expectEvents(appealLodged(SECOND_APPEAL_ID, ORDER_ID))
                    .expectResultMessagePayload(new CommandResult(SECOND_APPEAL_ID, 5));
        }

        @Test
        void reusingTheIdOfAnEarlierAppealIsRefused() {
            fixture.given(opened(), orderIssued(), orderServed(), appealLodged(APPEAL_ID, ORDER_ID),
                            appealDecided(APPEAL_ID, AppealOutcome.UPHELD))
                    .when(lodge(APPEAL_ID, ORDER_ID, APPEALED_ON))
                    .expectNoEvents()
                    .expectException(violates(Rule.APPEAL_ALREADY_EXISTS));
        }

        @Test
        void anAppealAgainstAWithdrawnDecisionIsRefused() {
            fixture.given(opened(), orderIssued(), orderServed(), withdrawn(ORDER_ID))
                    .when(lodge(APPEAL_ID, ORDER_ID, LATER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_NOT_IN_FORCE));
        }

        @Test
        void anExecutedDecisionMayStillBeAppealed() {
            fixture.given(opened(), orderIssued(), orderServed(), departed(ORDER_ID, DEPARTED_ON, VRS_OFFICER))
                    .when(lodge(APPEAL_ID, ORDER_ID, APPEALED_ON))
                    .expectEvents(appealLodged(APPEAL_ID, ORDER_ID))
                    .expectResultMessagePayload(new CommandResult(APPEAL_ID, 4));
        }

        @Test
        void anAppealFiledBeforeTheIssueDateIsRefused() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(lodge(APPEAL_ID, ORDER_ID, ISSUED_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_DATE_BEFORE_ISSUE));
        }
    }

    @Nested
    class RecordAppealOutcome {

        @Test
        void anUpheldDecisionStaysInForce() {
            fixture.given(opened(), orderIssued(), orderBanImposed(), orderServed(), appealLodged(APPEAL_ID, ORDER_ID))
                    .when(decide(APPEAL_ID, AppealOutcome.UPHELD, null))
                    .expectEvents(appealDecided(APPEAL_ID, AppealOutcome.UPHELD))
                    .expectResultMessagePayload(new CommandResult(APPEAL_ID, 5));
        }

        @Test
        void annulmentOnAppealLiftsTheBan() {
            fixture.given(opened(), orderIssued(), orderBanImposed(), orderServed(), appealLodged(APPEAL_ID, ORDER_ID))
                    .when(decide(APPEAL_ID, AppealOutcome.ANNULLED, null))
                    .expectEvents(appealDecided(APPEAL_ID, AppealOutcome.ANNULLED),
                            new DecisionAnnulledEvent(CASE_ID, PERSON_ID, ORDER_ID, APPEAL_ID, VRS_OFFICER, at(DECIDED_ON)),
                            new EntryBanLiftedEvent(CASE_ID, PERSON_ID, BAN_ID, BanLiftReason.DECISION_ANNULLED,
                                    "Annulled on appeal " + APPEAL_ID, VRS_OFFICER, at(DECIDED_ON)))
                    .expectResultMessagePayload(new CommandResult(APPEAL_ID, 7));
        }

        @Test
        void annulmentAfterDepartureLiftsTheRunningBan() {
            fixture.given(opened(), orderIssued(), orderBanImposed(), orderServed(),
                            departed(ORDER_ID, DEPARTED_ON, VRS_OFFICER),
                            banActivated(BAN_ID, DEPARTED_ON, LocalDate.of(2027, 3, 19), VRS_OFFICER),
                            appealLodged(APPEAL_ID, ORDER_ID))
                    .when(decide(APPEAL_ID, AppealOutcome.ANNULLED, null))
                    .expectEvents(appealDecided(APPEAL_ID, AppealOutcome.ANNULLED),
                            new DecisionAnnulledEvent(CASE_ID, PERSON_ID, ORDER_ID, APPEAL_ID, VRS_OFFICER, at(DECIDED_ON)),
                            new EntryBanLiftedEvent(CASE_ID, PERSON_ID, BAN_ID, BanLiftReason.DECISION_ANNULLED,
                                    "Annulled on appeal " + APPEAL_ID, VRS_OFFICER, at(DECIDED_ON)))
                    .expectResultMessagePayload(new CommandResult(APPEAL_ID, 9));
        }

        @Test
        void anAmendmentShortensAPendingBanWithoutAnEndDate() {
            fixture.given(opened(), orderIssued(), orderBanImposed(), orderServed(), appealLodged(APPEAL_ID, ORDER_ID))
                    .when(decide(APPEAL_ID, AppealOutcome.AMENDED, TWO_YEARS))
                    .expectEvents(appealDecided(APPEAL_ID, AppealOutcome.AMENDED),
                            new EntryBanShortenedEvent(CASE_ID, PERSON_ID, BAN_ID, TWO_YEARS, null,
                                    "Amended on appeal " + APPEAL_ID, VRS_OFFICER, at(DECIDED_ON)))
                    .expectResultMessagePayload(new CommandResult(APPEAL_ID, 6));
        }

        @Test
        void anAmendmentOfARunningBanMovesItsEndDate() {
            fixture.given(opened(), orderIssued(), orderBanImposed(), orderServed(),
                            departed(ORDER_ID, DEPARTED_ON, VRS_OFFICER),
                            banActivated(BAN_ID, DEPARTED_ON, LocalDate.of(2027, 3, 19), VRS_OFFICER),
                            appealLodged(APPEAL_ID, ORDER_ID))
                    .when(decide(APPEAL_ID, AppealOutcome.AMENDED, TWO_YEARS))
                    .expectEvents(appealDecided(APPEAL_ID, AppealOutcome.AMENDED),
                            new EntryBanShortenedEvent(CASE_ID, PERSON_ID, BAN_ID, TWO_YEARS, LocalDate.of(2026, 3, 19),
                                    "Amended on appeal " + APPEAL_ID, VRS_OFFICER, at(DECIDED_ON)))
                    .expectResultMessagePayload(new CommandResult(APPEAL_ID, 8));
        }

        @Test
        void aNewBanLengthWithAnOutcomeOtherThanAmendedIsRefused() {
            fixture.given(opened(), orderIssued(), orderBanImposed(), orderServed(), appealLodged(APPEAL_ID, ORDER_ID))
                    .when(decide(APPEAL_ID, AppealOutcome.UPHELD, TWO_YEARS))
                    .expectNoEvents()
                    .expectException(violates(Rule.AMENDMENT_ONLY_WITH_AMENDED_OUTCOME));
        }

        @Test
        void anAmendmentCannotLengthenTheBan() {
            fixture.given(opened(), orderIssued(), orderBanImposed(), orderServed(), appealLodged(APPEAL_ID, ORDER_ID))
                    .when(decide(APPEAL_ID, AppealOutcome.AMENDED, Period.ofYears(4)))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_CANNOT_BE_LENGTHENED));
        }

        @Test
        void anAmendedBanLengthForADecisionWithoutBanIsRefused() {
            fixture.given(opened(), orderIssued(), orderServed(), appealLodged(APPEAL_ID, ORDER_ID))
                    .when(decide(APPEAL_ID, AppealOutcome.AMENDED, TWO_YEARS))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_NOT_FOUND));
        }

        @Test
        void theOutcomeOfAnUnknownAppealIsRefused() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(decide(APPEAL_ID, AppealOutcome.UPHELD, null))
                    .expectNoEvents()
                    .expectException(violates(Rule.APPEAL_NOT_FOUND));
        }

        @Test
        void aDecidedAppealCannotBeDecidedAgain() {
            fixture.given(opened(), orderIssued(), orderServed(), appealLodged(APPEAL_ID, ORDER_ID),
                            appealDecided(APPEAL_ID, AppealOutcome.UPHELD))
                    .when(decide(APPEAL_ID, AppealOutcome.ANNULLED, null))
                    .expectNoEvents()
                    .expectException(violates(Rule.APPEAL_ALREADY_DECIDED));
        }
    }

    // --- enforcement ---------------------------------------------------------------------------------------

    @Nested
    class SuspendAndResumeEnforcement {

        @Test
        void enforcementOfADecisionInForceIsSuspended() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(suspend(ORDER_ID, VRS_OFFICER))
                    .expectEvents(suspended(ORDER_ID))
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 3));
        }

        @Test
        void suspendingTwiceIsRefused() {
            fixture.given(opened(), orderIssued(), orderServed(), suspended(ORDER_ID))
                    .when(suspend(ORDER_ID, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENFORCEMENT_ALREADY_SUSPENDED));
        }

        @Test
        void suspendingAnExecutedDecisionIsRefused() {
            fixture.given(opened(), orderIssued(), orderServed(), departed(ORDER_ID, DEPARTED_ON, VRS_OFFICER))
                    .when(suspend(ORDER_ID, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_NOT_IN_FORCE));
        }

        @Test
        void aPmlpOfficerMayNotSuspendABorderGuardDecision() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(suspend(ORDER_ID, PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_OF_OTHER_INSTITUTION));
        }

        @Test
        void suspendedEnforcementIsResumed() {
            fixture.given(opened(), orderIssued(), orderServed(), suspended(ORDER_ID))
                    .when(resume(ORDER_ID))
                    .expectEvents(resumed(ORDER_ID))
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 4));
        }

        @Test
        void resumingEnforcementThatIsNotSuspendedIsRefused() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(resume(ORDER_ID))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENFORCEMENT_NOT_SUSPENDED));
        }
    }

    @Nested
    class WithdrawDecision {

        @Test
        void withdrawalLiftsTheBan() {
            fixture.given(opened(), orderIssued(), orderBanImposed(), orderServed())
                    .when(withdraw(ORDER_ID, VRS_OFFICER))
                    .expectEvents(withdrawn(ORDER_ID),
                            banLifted(BAN_ID, BanLiftReason.DECISION_WITHDRAWN, "Residence permit granted"))
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 5));
        }

        @Test
        void withdrawingADecisionWithoutBanLiftsNothing() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(withdraw(ORDER_ID, VRS_OFFICER))
                    .expectEvents(withdrawn(ORDER_ID))
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 3));
        }

        @Test
        void anExecutedDecisionCannotBeWithdrawn() {
            fixture.given(opened(), orderIssued(), orderServed(), departed(ORDER_ID, DEPARTED_ON, VRS_OFFICER))
                    .when(withdraw(ORDER_ID, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_NOT_IN_FORCE));
        }

        @Test
        void withdrawingAnUnknownDecisionIsRefused() {
            fixture.given(opened())
                    .when(withdraw(ORDER_ID, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_NOT_FOUND));
        }

        @Test
        void aPmlpOfficerMayNotWithdrawABorderGuardDecision() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(withdraw(ORDER_ID, PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_OF_OTHER_INSTITUTION));
        }
    }

    // --- execution -----------------------------------------------------------------------------------------

    @Nested
    class ConfirmDeparture {

        @Test
        void departureConfirmationActivatesThePendingBanFromTheDepartureDate() {
            // a three-year ban from 20 March 2024 covers that day and ends on 19 March 2027
            fixture.given(opened(), orderIssued(), orderBanImposed(), orderServed())
                    .when(confirmDeparture(ORDER_ID, DEPARTED_ON, VRS_OFFICER))
                    .expectEvents(departed(ORDER_ID, DEPARTED_ON, VRS_OFFICER),
                            banActivated(BAN_ID, DEPARTED_ON, LocalDate.of(2027, 3, 19), VRS_OFFICER))
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 5));
        }

        @Test
        void departureUnderADecisionWithoutBanActivatesNothing() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(confirmDeparture(ORDER_ID, DEPARTED_ON, VRS_OFFICER))
                    .expectEvents(departed(ORDER_ID, DEPARTED_ON, VRS_OFFICER))
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 3));
        }

        @Test
        void aPmlpOfficerMayConfirmDepartureInABorderGuardCase() {
            fixture.given(opened(), orderIssued(), orderBanImposed(), orderServed())
                    .when(confirmDeparture(ORDER_ID, DEPARTED_ON, PMLP_OFFICER))
                    .expectEvents(departed(ORDER_ID, DEPARTED_ON, PMLP_OFFICER),
                            banActivated(BAN_ID, DEPARTED_ON, LocalDate.of(2027, 3, 19), PMLP_OFFICER))
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 5));
        }

        @Test
        void departureIsRecordedWhileEnforcementIsSuspended() {
            fixture.given(opened(), orderIssued(), orderServed(), suspended(ORDER_ID))
                    .when(confirmDeparture(ORDER_ID, DEPARTED_ON, VRS_OFFICER))
                    .expectEvents(departed(ORDER_ID, DEPARTED_ON, VRS_OFFICER))
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 4));
        }

        @Test
        void departureAfterTheMissedDeadlineIsStillRecorded() {
            LocalDate leftOn = DEADLINE.plusDays(5);
            fixture.given(opened(), orderIssued(), orderBanImposed(), orderServed(), deadlineMissed())
                    .when(confirmDeparture(ORDER_ID, leftOn, VRS_OFFICER))
                    .expectEvents(departed(ORDER_ID, leftOn, VRS_OFFICER),
                            banActivated(BAN_ID, leftOn, leftOn.plusYears(3).minusDays(1), VRS_OFFICER))
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 6));
        }

        @Test
        void aDepartureBeforeTheIssueDateIsRefused() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(confirmDeparture(ORDER_ID, ISSUED_ON.minusDays(1), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_DATE_BEFORE_ISSUE));
        }

        @Test
        void aSecondDepartureUnderAnExecutedDecisionIsRefused() {
            fixture.given(opened(), orderIssued(), orderServed(), departed(ORDER_ID, DEPARTED_ON, VRS_OFFICER))
                    .when(confirmDeparture(ORDER_ID, LATER, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_NOT_IN_FORCE));
        }

        @Test
        void anAuditorMayNotConfirmDeparture() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(confirmDeparture(ORDER_ID, DEPARTED_ON, VRS_AUDITOR))
                    .expectNoEvents()
                    .expectException(violates(Rule.ROLE_MAY_NOT_WRITE));
        }
    }

    @Nested
    class RecordRemoval {

        private Object[] expulsionServed() {
            return new Object[] {opened(), expulsionIssued(1, null), expulsionBanImposed(), served(EXPULSION_ID, EXPELLED_ON)};
        }

        @Test
        void removalActivatesTheBanFromTheRemovalDate() {
            fixture.given(expulsionServed())
                    .when(recordRemoval(EXPULSION_ID, REMOVED_ON, VRS_OFFICER))
                    .expectEvents(removed(VRS_OFFICER),
                            banActivated(EXPULSION_BAN_ID, REMOVED_ON, LocalDate.of(2027, 4, 19), VRS_OFFICER))
                    .expectResultMessagePayload(new CommandResult(EXPULSION_ID, 5));
        }

        @Test
        void aPmlpOfficerMayNotRecordARemoval() {
            fixture.given(expulsionServed())
                    .when(recordRemoval(EXPULSION_ID, REMOVED_ON, PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.REMOVAL_RESERVED_FOR_VRS));
        }

        @Test
        void aBorderGuardOfficerRecordsTheRemovalInAPmlpCase() {
            Actor pmlp = PMLP_OFFICER;
            fixture.given(opened(pmlp),
                            new ForcedExpulsionDecisionIssuedEvent(CASE_ID, PERSON_ID, EXPULSION_ID, CASE_NUMBER + "/1",
                                    EXPELLED_ON, GROUNDS, LEGAL_BASIS, null, pmlp, at(EXPELLED_ON)),
                            new EntryBanImposedEvent(CASE_ID, PERSON_ID, EXPULSION_BAN_ID, EXPULSION_ID, THREE_YEARS,
                                    LEGAL_BASIS, pmlp, at(EXPELLED_ON)))
                    .when(recordRemoval(EXPULSION_ID, REMOVED_ON, VRS_OFFICER))
                    .expectEvents(removed(VRS_OFFICER),
                            banActivated(EXPULSION_BAN_ID, REMOVED_ON, LocalDate.of(2027, 4, 19), VRS_OFFICER))
                    .expectResultMessagePayload(new CommandResult(EXPULSION_ID, 4));
        }

        @Test
        void aDepartureOrderIsNotExecutedByRemoval() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(recordRemoval(ORDER_ID, REMOVED_ON, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.REMOVAL_REQUIRES_FORCED_EXPULSION_DECISION));
        }

        @Test
        void removalIsRefusedWhileEnforcementIsSuspended() {
            fixture.given(expulsionServed())
                    .andGiven(suspended(EXPULSION_ID))
                    .when(recordRemoval(EXPULSION_ID, REMOVED_ON, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENFORCEMENT_SUSPENDED));
        }

        @Test
        void removalIsAllowedAgainOnceEnforcementResumes() {
            fixture.given(expulsionServed())
                    .andGiven(suspended(EXPULSION_ID), resumed(EXPULSION_ID))
                    .when(recordRemoval(EXPULSION_ID, REMOVED_ON, VRS_OFFICER))
                    .expectEvents(removed(VRS_OFFICER),
                            banActivated(EXPULSION_BAN_ID, REMOVED_ON, LocalDate.of(2027, 4, 19), VRS_OFFICER))
                    .expectResultMessagePayload(new CommandResult(EXPULSION_ID, 7));
        }

        @Test
        void aRemovalBeforeTheIssueDateIsRefused() {
            fixture.given(expulsionServed())
                    .when(recordRemoval(EXPULSION_ID, EXPELLED_ON.minusDays(1), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_DATE_BEFORE_ISSUE));
        }
    }

    // --- entry bans ----------------------------------------------------------------------------------------

    @Nested
    class ShortenEntryBan {

        @Test
        void aPendingBanIsShortenedWithoutAnEndDate() {
            fixture.given(opened(), orderIssued(), orderBanImposed())
                    .when(shorten(BAN_ID, TWO_YEARS, VRS_OFFICER))
                    .expectEvents(banShortened(BAN_ID, TWO_YEARS, null))
                    .expectResultMessagePayload(new CommandResult(BAN_ID, 3));
        }

        @Test
        void shorteningARunningBanRecomputesItsEndDate() {
            fixture.given(opened(), orderIssued(), orderBanImposed(), departed(ORDER_ID, DEPARTED_ON, VRS_OFFICER),
                            banActivated(BAN_ID, DEPARTED_ON, LocalDate.of(2027, 3, 19), VRS_OFFICER))
                    .when(shorten(BAN_ID, TWO_YEARS, VRS_OFFICER))
                    .expectEvents(banShortened(BAN_ID, TWO_YEARS, LocalDate.of(2026, 3, 19)))
                    .expectResultMessagePayload(new CommandResult(BAN_ID, 5));
        }

        @Test
        void shorteningToTheSameLengthIsRefused() {
            fixture.given(opened(), orderIssued(), orderBanImposed())
                    .when(shorten(BAN_ID, THREE_YEARS, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_CANNOT_BE_LENGTHENED));
        }

        @Test
        void shorteningToTheSameLengthWrittenInMonthsIsRefused() {
            fixture.given(opened(), orderIssued(), orderBanImposed())
                    .when(shorten(BAN_ID, Period.ofMonths(36), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_CANNOT_BE_LENGTHENED));
        }

        @Test
        void aBanIsNeverLengthened() {
            fixture.given(opened(), orderIssued(), banImposed(BAN_ID, ORDER_ID, TWO_YEARS, ISSUED_ON))
                    .when(shorten(BAN_ID, THREE_YEARS, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_CANNOT_BE_LENGTHENED));
        }

        @Test
        void shorteningToNothingIsRefused() {
            fixture.given(opened(), orderIssued(), orderBanImposed())
                    .when(shorten(BAN_ID, Period.ZERO, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_DURATION_INVALID));
        }

        @Test
        void aLiftedBanCannotBeShortened() {
            fixture.given(opened(), orderIssued(), orderBanImposed(),
                            banLifted(BAN_ID, BanLiftReason.OFFICER_DECISION, "Error in the decision"))
                    .when(shorten(BAN_ID, TWO_YEARS, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_NOT_IN_FORCE));
        }

        @Test
        void anExpiredBanCannotBeShortened() {
            fixture.given(opened(), orderIssued(), orderBanImposed(), departed(ORDER_ID, DEPARTED_ON, VRS_OFFICER),
                            banActivated(BAN_ID, DEPARTED_ON, LocalDate.of(2027, 3, 19), VRS_OFFICER),
                            banExpired(BAN_ID, LocalDate.of(2027, 3, 19)))
                    .when(shorten(BAN_ID, TWO_YEARS, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_NOT_IN_FORCE));
        }

        @Test
        void shorteningAnUnknownBanIsRefused() {
            fixture.given(opened(), orderIssued())
                    .when(shorten(BAN_ID, TWO_YEARS, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_NOT_FOUND));
        }

        @Test
        void aPmlpOfficerMayNotShortenABorderGuardBan() {
            fixture.given(opened(), orderIssued(), orderBanImposed())
                    .when(shorten(BAN_ID, TWO_YEARS, PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_OF_OTHER_INSTITUTION));
        }
    }

    @Nested
    class LiftEntryBan {

        @Test
        void aRunningBanIsLifted() {
            fixture.given(opened(), orderIssued(), orderBanImposed(), departed(ORDER_ID, DEPARTED_ON, VRS_OFFICER),
                            banActivated(BAN_ID, DEPARTED_ON, LocalDate.of(2027, 3, 19), VRS_OFFICER))
                    .when(lift(BAN_ID, VRS_OFFICER))
                    .expectEvents(banLifted(BAN_ID, BanLiftReason.HUMANITARIAN, "Serious illness"))
                    .expectResultMessagePayload(new CommandResult(BAN_ID, 5));
        }

        @Test
        void aLiftedBanCannotBeLiftedAgain() {
            fixture.given(opened(), orderIssued(), orderBanImposed(),
                            banLifted(BAN_ID, BanLiftReason.OFFICER_DECISION, "Error in the decision"))
                    .when(lift(BAN_ID, VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_NOT_IN_FORCE));
        }

        @Test
        void aPmlpOfficerMayNotLiftABorderGuardBan() {
            fixture.given(opened(), orderIssued(), orderBanImposed())
                    .when(lift(BAN_ID, PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_OF_OTHER_INSTITUTION));
        }
    }

    // --- timers --------------------------------------------------------------------------------------------

    @Nested
    class ExpireEntryBan {

        private Object[] banRunningUntil19March2027() {
            return new Object[] {opened(), orderIssued(), orderBanImposed(), departed(ORDER_ID, DEPARTED_ON, VRS_OFFICER),
                    banActivated(BAN_ID, DEPARTED_ON, LocalDate.of(2027, 3, 19), VRS_OFFICER)};
        }

        @Test
        void aBanExpiresAtTheStartOfTheDayAfterItsLastDay() {
            fixture.given(banRunningUntil19March2027())
                    .when(expire(BAN_ID, LocalDate.of(2027, 3, 20), SYSTEM))
                    .expectEvents(banExpired(BAN_ID, LocalDate.of(2027, 3, 19)))
                    .expectResultMessagePayload(new CommandResult(BAN_ID, 5));
        }

        @Test
        void aBanDoesNotExpireOnItsLastDay() {
            fixture.given(banRunningUntil19March2027())
                    .when(expire(BAN_ID, LocalDate.of(2027, 3, 19), SYSTEM))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_NOT_DUE_TO_EXPIRE));
        }

        @Test
        void aPendingBanDoesNotExpire() {
            fixture.given(opened(), orderIssued(), orderBanImposed())
                    .when(expire(BAN_ID, LocalDate.of(2030, 1, 1), SYSTEM))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_NOT_DUE_TO_EXPIRE));
        }

        @Test
        void anExpiredBanDoesNotExpireTwice() {
            fixture.given(banRunningUntil19March2027())
                    .andGiven(banExpired(BAN_ID, LocalDate.of(2027, 3, 19)))
                    .when(expire(BAN_ID, LocalDate.of(2027, 3, 21), SYSTEM))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_NOT_DUE_TO_EXPIRE));
        }

        @Test
        void aShortenedBanExpiresAfterItsNewEndDate() {
            fixture.given(banRunningUntil19March2027())
                    .andGiven(banShortened(BAN_ID, TWO_YEARS, LocalDate.of(2026, 3, 19)))
                    .when(expire(BAN_ID, LocalDate.of(2026, 3, 20), SYSTEM))
                    .expectEvents(banExpired(BAN_ID, LocalDate.of(2026, 3, 19)))
                    .expectResultMessagePayload(new CommandResult(BAN_ID, 6));
        }

        @Test
        void anAuditorMayNotExpireABan() {
            fixture.given(banRunningUntil19March2027())
                    .when(expire(BAN_ID, LocalDate.of(2027, 3, 20), VRS_AUDITOR))
                    .expectNoEvents()
                    .expectException(violates(Rule.ROLE_MAY_NOT_WRITE));
        }

        @Test
        void expiringAnUnknownBanIsRefused() {
            fixture.given(opened(), orderIssued())
                    .when(expire(BAN_ID, LocalDate.of(2027, 3, 20), SYSTEM))
                    .expectNoEvents()
                    .expectException(violates(Rule.ENTRY_BAN_NOT_FOUND));
        }
    }

    @Nested
    class RecordMissedDepartureDeadline {

        @Test
        void aDeadlineIsMissedAtTheStartOfTheDayAfterIt() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(recordMissedDeadline(ORDER_ID, DEADLINE.plusDays(1)))
                    .expectEvents(deadlineMissed())
                    .expectResultMessagePayload(new CommandResult(ORDER_ID, 3));
        }

        @Test
        void aDeadlineIsNotMissedOnItsLastDay() {
            fixture.given(opened(), orderIssued(), orderServed())
                    .when(recordMissedDeadline(ORDER_ID, DEADLINE))
                    .expectNoEvents()
                    .expectException(violates(Rule.DEPARTURE_DEADLINE_NOT_MISSED));
        }

        @Test
        void aDeadlineIsMissedOnlyOnce() {
            fixture.given(opened(), orderIssued(), orderServed(), deadlineMissed())
                    .when(recordMissedDeadline(ORDER_ID, DEADLINE.plusDays(2)))
                    .expectNoEvents()
                    .expectException(violates(Rule.DEPARTURE_DEADLINE_NOT_MISSED));
        }

        @Test
        void aDeadlineIsNotMissedOnceThePersonLeft() {
            fixture.given(opened(), orderIssued(), orderServed(), departed(ORDER_ID, DEPARTED_ON, VRS_OFFICER))
                    .when(recordMissedDeadline(ORDER_ID, DEADLINE.plusDays(1)))
                    .expectNoEvents()
                    .expectException(violates(Rule.DEPARTURE_DEADLINE_NOT_MISSED));
        }

        @Test
        void aForcedExpulsionDecisionHasNoDeadlineToMiss() {
            fixture.given(opened(), expulsionIssued(1, null), expulsionBanImposed())
                    .when(recordMissedDeadline(EXPULSION_ID, LocalDate.of(2030, 1, 1)))
                    .expectNoEvents()
                    .expectException(violates(Rule.DEPARTURE_DEADLINE_NOT_MISSED));
        }

        @Test
        void aMissedDeadlineOfAnUnknownDecisionIsRefused() {
            fixture.given(opened())
                    .when(recordMissedDeadline(ORDER_ID, DEADLINE.plusDays(1)))
                    .expectNoEvents()
                    .expectException(violates(Rule.DECISION_NOT_FOUND));
        }
    }
}
