package lv.pmlp.iaiar.command.returncase;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import lv.pmlp.iaiar.command.CommandResult;
import lv.pmlp.iaiar.command.rules.Actors;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.command.rules.FourEyesPolicy;
import lv.pmlp.iaiar.command.rules.LegalLimits;
import lv.pmlp.iaiar.command.rules.LegalLimitsPolicy;
import lv.pmlp.iaiar.command.rules.Rule;
import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.returncase.AppealDecidedEvent;
import lv.pmlp.iaiar.events.returncase.AppealLodgedEvent;
import lv.pmlp.iaiar.events.returncase.AppealOutcome;
import lv.pmlp.iaiar.events.returncase.ApprovalReason;
import lv.pmlp.iaiar.events.returncase.BanLiftReason;
import lv.pmlp.iaiar.events.returncase.ClericalCorrectionProposedEvent;
import lv.pmlp.iaiar.events.returncase.ClericalCorrectionRejectedEvent;
import lv.pmlp.iaiar.events.returncase.ClericalErrorCorrectedEvent;
import lv.pmlp.iaiar.events.returncase.CorrectableField;
import lv.pmlp.iaiar.events.returncase.DecisionApprovalRequiredEvent;
import lv.pmlp.iaiar.events.returncase.DecisionApprovedEvent;
import lv.pmlp.iaiar.events.returncase.DecisionAnnulledEvent;
import lv.pmlp.iaiar.events.returncase.DecisionServedEvent;
import lv.pmlp.iaiar.events.returncase.DecisionType;
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
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnGround;
import lv.pmlp.iaiar.events.returncase.VoluntaryDepartureDeadlineMissedEvent;

/**
 * One illegal-stay episode of one person. Decisions, entry bans and appeals share this consistency boundary
 * so that "a forced expulsion decision carries a ban" and "no removal while enforcement is suspended" hold
 * atomically. The institution that opened the case is competent for its decisions (Immigration Law §41).
 * Recently used cases stay loaded in the bounded cache named here (wired in the api module).
 */
@Aggregate(cache = "returnCaseCache")
class ReturnCase {

    @AggregateIdentifier
    private String caseId;
    private String caseNumber;
    private String personId;
    private Institution institution;
    private Set<ReturnGround> grounds;
    private boolean unaccompaniedMinor;
    private final Map<String, Decision> decisions = new LinkedHashMap<>();
    private final Map<String, EntryBan> bans = new LinkedHashMap<>();
    private final Map<String, Appeal> appeals = new LinkedHashMap<>();
    /** Details of earlier events that a clerical correction may change, by position in the stream. */
    private final Map<Long, RecordedDetails> recorded = new HashMap<>();
    private final Map<String, ProposedCorrection> proposedCorrections = new LinkedHashMap<>();
    private final Set<String> decidedCorrections = new HashSet<>();

    @CommandHandler
    ReturnCase(OpenReturnCaseCommand command, PersonDirectory persons) {
        Actors.requireOperationalInstitution(command.actor());
        Rule.PERSON_NOT_FOUND.require(persons.isRegistered(command.personId()), "No person " + command.personId() + " is registered");
        Rule.RETURN_GROUND_REQUIRED.require(command.grounds() != null && !command.grounds().isEmpty(), null);
        apply(new ReturnCaseOpenedEvent(command.caseId(), command.caseNumber(), command.personId(),
                command.actor().institution(), Set.copyOf(command.grounds()), command.detectedOn(), command.legalBasis(),
                command.actor(), command.occurredAt(), command.unaccompaniedMinor()));
    }

    @CommandHandler
    CommandResult handle(IssueDepartureOrderCommand command, LegalLimitsPolicy policy, FourEyesPolicy fourEyes) {
        Actors.requireOwnInstitution(command.actor(), institution);
        requireNewDecision(command.decisionId());
        requireNoDecisionInForce();
        LegalLimits limits = policy.inForceOn(command.issuedOn());
        Rule.VOLUNTARY_DEPARTURE_PERIOD_OUT_OF_RANGE.require(limits.allowsVoluntaryDeparture(command.voluntaryDepartureDays()),
                "The period in force on " + command.issuedOn() + " is " + limits.minimumVoluntaryDepartureDays() + " to "
                        + limits.maximumVoluntaryDepartureDays() + " days");
        if (command.entryBan() != null) {
            requireBanWithinLimits(command.entryBan(), command.issuedOn(), limits);
        }
        LocalDate deadline = command.issuedOn().plusDays(command.voluntaryDepartureDays());
        apply(new DepartureOrderIssuedEvent(caseId, personId, command.decisionId(), nextDecisionNumber(), command.issuedOn(),
                command.voluntaryDepartureDays(), deadline, groundsOr(command.grounds()), command.legalBasis(),
                command.actor(), command.occurredAt()));
        recordApprovalNeed(fourEyes, command.decisionId(), DecisionType.DEPARTURE_ORDER, command.issuedOn(),
                command.actor(), command.occurredAt());
        if (command.entryBan() != null) {
            apply(new EntryBanImposedEvent(caseId, personId, command.banId(), command.decisionId(), command.entryBan(),
                    command.legalBasis(), command.actor(), command.occurredAt()));
        }
        return result(command.decisionId());
    }

    @CommandHandler
    CommandResult handle(IssueForcedExpulsionDecisionCommand command, LegalLimitsPolicy policy, FourEyesPolicy fourEyes) {
        Actors.requireOwnInstitution(command.actor(), institution);
        requireNewDecision(command.decisionId());
        Rule.FORCED_EXPULSION_REQUIRES_ENTRY_BAN.require(command.entryBan() != null,
                "A forced expulsion decision must impose an entry ban; give its length");
        requireBanWithinLimits(command.entryBan(), command.issuedOn(), policy.inForceOn(command.issuedOn()));
        Decision current = decisionInForce();
        Rule.ACTIVE_DECISION_EXISTS.require(current == null || current.type() == DecisionType.DEPARTURE_ORDER,
                "Forced expulsion decision " + (current == null ? null : current.id()) + " is already in force");
        String superseded = current == null ? null : current.id();
        apply(new ForcedExpulsionDecisionIssuedEvent(caseId, personId, command.decisionId(), nextDecisionNumber(),
                command.issuedOn(), groundsOr(command.grounds()), command.legalBasis(), superseded, command.actor(),
                command.occurredAt()));
        recordApprovalNeed(fourEyes, command.decisionId(), DecisionType.FORCED_EXPULSION_DECISION, command.issuedOn(),
                command.actor(), command.occurredAt());
        if (current != null) {
            apply(new DepartureOrderSupersededEvent(caseId, personId, current.id(), command.decisionId(), command.actor(),
                    command.occurredAt()));
            liftBanOf(current, BanLiftReason.DECISION_SUPERSEDED, "Superseded by " + command.decisionId(), command.actor(),
                    command.occurredAt());
        }
        apply(new EntryBanImposedEvent(caseId, personId, command.banId(), command.decisionId(), command.entryBan(),
                command.legalBasis(), command.actor(), command.occurredAt()));
        return result(command.decisionId());
    }

    @CommandHandler
    CommandResult handle(ImposeEntryBanCommand command, LegalLimitsPolicy policy) {
        Actors.requireOwnInstitution(command.actor(), institution);
        Decision decision = decision(command.decisionId());
        Rule.ENTRY_BAN_ALREADY_IMPOSED.require(decision.banId() == null, "Decision already carries ban " + decision.banId());
        Rule.ENTRY_BAN_ONLY_WITH_UNSERVED_DEPARTURE_ORDER.require(
                decision.type() == DecisionType.DEPARTURE_ORDER && decision.status() == DecisionStatus.ISSUED,
                "The decision is a " + decision.type() + " in state " + decision.status());
        requireBanWithinLimits(command.duration(), decision.issuedOn(), policy.inForceOn(decision.issuedOn()));
        apply(new EntryBanImposedEvent(caseId, personId, command.banId(), decision.id(), command.duration(),
                command.legalBasis(), command.actor(), command.occurredAt()));
        return result(command.banId());
    }

    @CommandHandler
    CommandResult handle(ServeDecisionCommand command) {
        Actors.requireOwnInstitution(command.actor(), institution);
        Decision decision = decision(command.decisionId());
        Rule.DECISION_NOT_AWAITING_SERVICE.require(decision.status() == DecisionStatus.ISSUED,
                "The decision is " + decision.status());
        requireApproved(decision);
        requireNotBeforeIssue(decision, command.servedOn());
        apply(new DecisionServedEvent(caseId, personId, decision.id(), command.servedOn(), command.language(),
                command.interpreterUsed(), command.actor(), command.occurredAt()));
        return result(decision.id());
    }

    @CommandHandler
    CommandResult handle(LodgeAppealCommand command) {
        Actors.requireOwnInstitution(command.actor(), institution);
        Decision decision = decision(command.decisionId());
        Rule.APPEAL_ALREADY_EXISTS.require(!appeals.containsKey(command.appealId()), null);
        Rule.APPEAL_ALREADY_PENDING.require(decision.pendingAppealId() == null,
                "Appeal " + decision.pendingAppealId() + " is pending");
        Rule.DECISION_NOT_SERVED.require(decision.status() != DecisionStatus.ISSUED, "The decision has not been served");
        Rule.DECISION_NOT_IN_FORCE.require(decision.status() == DecisionStatus.SERVED || decision.status() == DecisionStatus.EXECUTED,
                "The decision is " + decision.status());
        requireNotBeforeIssue(decision, command.filedOn());
        apply(new AppealLodgedEvent(caseId, personId, command.appealId(), decision.id(), command.type(), command.body(),
                command.filedOn(), command.actor(), command.occurredAt()));
        return result(command.appealId());
    }

    @CommandHandler
    CommandResult handle(RecordAppealOutcomeCommand command) {
        Actors.requireOwnInstitution(command.actor(), institution);
        Appeal appeal = appeal(command.appealId());
        Rule.APPEAL_ALREADY_DECIDED.require(appeal.pending(), null);
        Rule.AMENDMENT_ONLY_WITH_AMENDED_OUTCOME.require(
                command.amendedEntryBan() == null || command.outcome() == AppealOutcome.AMENDED, null);
        Decision decision = decisions.get(appeal.decisionId());
        EntryBan ban = decision.banId() == null ? null : bans.get(decision.banId());
        if (command.amendedEntryBan() != null) {
            Rule.ENTRY_BAN_NOT_FOUND.require(ban != null, "The decision carries no entry ban to amend");
            requireShorter(ban, command.amendedEntryBan());
        }
        apply(new AppealDecidedEvent(caseId, personId, appeal.id(), decision.id(), command.outcome(), command.decidedOn(),
                command.reference(), command.actor(), command.occurredAt()));
        if (command.outcome() == AppealOutcome.ANNULLED) {
            apply(new DecisionAnnulledEvent(caseId, personId, decision.id(), appeal.id(), command.actor(), command.occurredAt()));
            liftBanOf(decision, BanLiftReason.DECISION_ANNULLED, "Annulled on appeal " + appeal.id(), command.actor(),
                    command.occurredAt());
        } else if (command.amendedEntryBan() != null && ban.status().inForce()) {
            shorten(ban, command.amendedEntryBan(), "Amended on appeal " + appeal.id(), command.actor(), command.occurredAt());
        }
        return result(appeal.id());
    }

    @CommandHandler
    CommandResult handle(SuspendEnforcementCommand command) {
        Actors.requireOwnInstitution(command.actor(), institution);
        Decision decision = decisionInForce(command.decisionId());
        Rule.ENFORCEMENT_ALREADY_SUSPENDED.require(!decision.enforcementSuspended(), null);
        apply(new EnforcementSuspendedEvent(caseId, personId, decision.id(), command.reason(), command.note(),
                command.actor(), command.occurredAt()));
        return result(decision.id());
    }

    @CommandHandler
    CommandResult handle(ResumeEnforcementCommand command) {
        Actors.requireOwnInstitution(command.actor(), institution);
        Decision decision = decisionInForce(command.decisionId());
        Rule.ENFORCEMENT_NOT_SUSPENDED.require(decision.enforcementSuspended(), null);
        apply(new EnforcementResumedEvent(caseId, personId, decision.id(), command.note(), command.actor(), command.occurredAt()));
        return result(decision.id());
    }

    @CommandHandler
    CommandResult handle(WithdrawDecisionCommand command) {
        Actors.requireOwnInstitution(command.actor(), institution);
        Decision decision = decisionInForce(command.decisionId());
        apply(new DecisionWithdrawnEvent(caseId, personId, decision.id(), command.reason(), command.actor(), command.occurredAt()));
        liftBanOf(decision, BanLiftReason.DECISION_WITHDRAWN, command.reason(), command.actor(), command.occurredAt());
        return result(decision.id());
    }

    /** Departure is a fact either institution may witness, and is recorded even while enforcement is suspended (R9). */
    @CommandHandler
    CommandResult handle(ConfirmDepartureCommand command) {
        Actors.requireOperationalInstitution(command.actor());
        Decision decision = decisionInForce(command.decisionId());
        requireNotBeforeIssue(decision, command.departedOn());
        apply(new DepartureConfirmedEvent(caseId, personId, decision.id(), command.departedOn(),
                command.borderCrossingPoint(), command.destinationCountry(), command.assistance(), command.actor(),
                command.occurredAt()));
        activateBanOf(decision, command.departedOn(), command.actor(), command.occurredAt());
        return result(decision.id());
    }

    @CommandHandler
    CommandResult handle(RecordRemovalCommand command) {
        Actors.requireBorderGuard(command.actor(), Rule.REMOVAL_RESERVED_FOR_VRS);
        Decision decision = decisionInForce(command.decisionId());
        Rule.REMOVAL_REQUIRES_FORCED_EXPULSION_DECISION.require(decision.type() == DecisionType.FORCED_EXPULSION_DECISION,
                "Decision " + decision.id() + " is a " + decision.type());
        Rule.ENFORCEMENT_SUSPENDED.require(!decision.enforcementSuspended(), null);
        requireApproved(decision);
        requireNotBeforeIssue(decision, command.removedOn());
        apply(new RemovalExecutedEvent(caseId, personId, decision.id(), command.removedOn(), command.borderCrossingPoint(),
                command.destinationCountry(), command.escorted(), command.actor(), command.occurredAt()));
        activateBanOf(decision, command.removedOn(), command.actor(), command.occurredAt());
        return result(decision.id());
    }

    @CommandHandler
    CommandResult handle(ShortenEntryBanCommand command) {
        Actors.requireOwnInstitution(command.actor(), institution);
        EntryBan ban = banInForce(command.banId());
        requireShorter(ban, command.duration());
        shorten(ban, command.duration(), command.reason(), command.actor(), command.occurredAt());
        return result(ban.id());
    }

    @CommandHandler
    CommandResult handle(LiftEntryBanCommand command) {
        Actors.requireOwnInstitution(command.actor(), institution);
        EntryBan ban = banInForce(command.banId());
        apply(new EntryBanLiftedEvent(caseId, personId, ban.id(), command.reason(), command.note(), command.actor(),
                command.occurredAt()));
        return result(ban.id());
    }

    @CommandHandler
    CommandResult handle(ExpireEntryBanCommand command) {
        Actors.requireWriter(command.actor());
        EntryBan ban = ban(command.banId());
        Rule.ENTRY_BAN_NOT_DUE_TO_EXPIRE.require(ban.status() == BanStatus.ACTIVE && ban.endsOn().isBefore(command.asOf()),
                "The ban is " + ban.status() + (ban.endsOn() == null ? "" : " and ends on " + ban.endsOn()));
        apply(new EntryBanExpiredEvent(caseId, personId, ban.id(), ban.endsOn(), command.actor(),
                BusinessCalendar.startOf(ban.endsOn().plusDays(1))));
        return result(ban.id());
    }

    @CommandHandler
    CommandResult handle(RecordMissedDepartureDeadlineCommand command) {
        Actors.requireWriter(command.actor());
        Decision decision = decision(command.decisionId());
        Rule.DEPARTURE_DEADLINE_NOT_MISSED.require(decision.type() == DecisionType.DEPARTURE_ORDER && decision.inForce()
                        && !decision.deadlineMissed() && decision.departureDeadline().isBefore(command.asOf()),
                "The decision is " + decision.status() + " with deadline " + decision.departureDeadline());
        apply(new VoluntaryDepartureDeadlineMissedEvent(caseId, personId, decision.id(), decision.departureDeadline(),
                command.actor(), BusinessCalendar.startOf(decision.departureDeadline().plusDays(1))));
        return result(decision.id());
    }

    @CommandHandler
    CommandResult handle(ApproveDecisionCommand command) {
        requireSupervisorOfCase(command.actor());
        Decision decision = decision(command.decisionId());
        Rule.DECISION_NOT_AWAITING_APPROVAL.require(decision.awaitingApproval() && decision.inForce(),
                "The decision is " + decision.status() + (decision.awaitingApproval() ? "" : " and needs no approval"));
        Rule.FOUR_EYES_REQUIRED.require(!command.actor().userId().equals(decision.issuedBy()),
                "The decision was issued by " + decision.issuedBy());
        apply(new DecisionApprovedEvent(caseId, personId, decision.id(), command.note(), command.actor(), command.occurredAt()));
        return result(decision.id());
    }

    /** A clerical error is corrected by a new fact that names the event it corrects; the event itself stays. */
    @CommandHandler
    CommandResult handle(ProposeClericalCorrectionCommand command) {
        Actors.requireOwnInstitution(command.actor(), institution);
        Rule.CORRECTION_ALREADY_EXISTS.require(!proposedCorrections.containsKey(command.correctionId())
                && !decidedCorrections.contains(command.correctionId()), null);
        RecordedDetails details = recorded.get(command.correctedSequence());
        Rule.CORRECTED_EVENT_NOT_FOUND.require(details != null,
                "Case " + caseNumber + " holds no event with correctable details at position " + command.correctedSequence());
        Rule.FIELD_NOT_CORRECTABLE.require(details.has(command.field()),
                details.eventType() + " records no " + command.field() + "; correctable: " + details.values().keySet());
        ClericalCorrections.requireValid(command.field(), command.correctedValue());
        String previous = details.values().get(command.field());
        Rule.CORRECTION_CHANGES_NOTHING.require(!command.correctedValue().equals(previous),
                command.field() + " already reads " + previous);
        Rule.CORRECTION_ALREADY_PROPOSED.require(proposedCorrections.values().stream().noneMatch(p ->
                        p.sequence() == command.correctedSequence() && p.field() == command.field()),
                "Another correction of " + command.field() + " of this event awaits a decision");
        apply(new ClericalCorrectionProposedEvent(caseId, personId, command.correctionId(), command.correctedEventId(),
                command.correctedSequence(), details.eventType(), details.subjectId(), command.field(), previous,
                command.correctedValue(), command.reason(), command.actor(), command.occurredAt()));
        return result(command.correctionId());
    }

    @CommandHandler
    CommandResult handle(ApproveClericalCorrectionCommand command) {
        ProposedCorrection proposal = proposalDecidedBy(command.correctionId(), command.actor());
        RecordedDetails details = recorded.get(proposal.sequence());
        apply(new ClericalErrorCorrectedEvent(caseId, personId, proposal.id(), proposal.correctedEventId(), proposal.sequence(),
                details.eventType(), details.subjectId(), proposal.field(), details.values().get(proposal.field()),
                proposal.correctedValue(), proposal.reason(), proposal.proposedBy(), command.actor(), command.occurredAt()));
        return result(proposal.id());
    }

    @CommandHandler
    CommandResult handle(RejectClericalCorrectionCommand command) {
        ProposedCorrection proposal = proposalDecidedBy(command.correctionId(), command.actor());
        apply(new ClericalCorrectionRejectedEvent(caseId, personId, proposal.id(), command.reason(), command.actor(),
                command.occurredAt()));
        return result(proposal.id());
    }

    private ProposedCorrection proposalDecidedBy(String correctionId, Actor actor) {
        requireSupervisorOfCase(actor);
        ProposedCorrection proposal = proposedCorrections.get(correctionId);
        if (proposal == null) {
            Rule.CORRECTION_NOT_PENDING.require(!decidedCorrections.contains(correctionId), null);
            throw Rule.CORRECTION_NOT_FOUND.violation("No clerical correction " + correctionId + " in case " + caseNumber);
        }
        Rule.FOUR_EYES_REQUIRED.require(!actor.userId().equals(proposal.proposedBy().userId()),
                "The correction was proposed by " + proposal.proposedBy().userId());
        return proposal;
    }

    private void requireSupervisorOfCase(Actor actor) {
        Actors.requireOwnInstitution(actor, institution);
        Rule.APPROVAL_RESERVED_FOR_SUPERVISORS.require(actor.role() == Role.SUPERVISOR,
                "The actor acts as " + actor.role());
    }

    /** The case of an unaccompanied minor always needs a second look; otherwise the policy of the issue date decides. */
    private void recordApprovalNeed(FourEyesPolicy fourEyes, String decisionId, DecisionType type, LocalDate issuedOn,
                                    Actor actor, Instant occurredAt) {
        if (unaccompaniedMinor) {
            apply(new DecisionApprovalRequiredEvent(caseId, personId, decisionId, type, ApprovalReason.UNACCOMPANIED_MINOR,
                    actor, occurredAt));
        } else if (fourEyes.requiresApproval(type, issuedOn)) {
            apply(new DecisionApprovalRequiredEvent(caseId, personId, decisionId, type, ApprovalReason.POLICY, actor,
                    occurredAt));
        }
    }

    private static void requireApproved(Decision decision) {
        Rule.DECISION_AWAITING_APPROVAL.require(!decision.awaitingApproval(),
                "Decision " + decision.id() + " was issued by " + decision.issuedBy() + " and is not yet approved");
    }

    private void requireNewDecision(String decisionId) {
        Rule.DECISION_ALREADY_EXISTS.require(!decisions.containsKey(decisionId), null);
    }

    /** R7: at most one return decision in force per case. */
    private void requireNoDecisionInForce() {
        Decision current = decisionInForce();
        Rule.ACTIVE_DECISION_EXISTS.require(current == null, "Decision " + (current == null ? null : current.id()) + " is in force");
    }

    private static void requireBanWithinLimits(Period duration, LocalDate from, LegalLimits limits) {
        Rule.ENTRY_BAN_DURATION_INVALID.require(from.plus(duration).isAfter(from), "Entry ban of " + duration + " is empty");
        Rule.ENTRY_BAN_EXCEEDS_MAXIMUM.require(limits.allowsEntryBan(duration, from),
                "Entry ban of " + duration + " exceeds the maximum " + limits.maximumEntryBan() + " in force on " + from);
    }

    /** E2: a ban may be shortened, never lengthened; a longer ban needs a new decision. */
    private void requireShorter(EntryBan ban, Period newDuration) {
        LocalDate reference = ban.startsOn() != null ? ban.startsOn() : decisions.get(ban.decisionId()).issuedOn();
        Rule.ENTRY_BAN_DURATION_INVALID.require(reference.plus(newDuration).isAfter(reference), "Entry ban of " + newDuration + " is empty");
        Rule.ENTRY_BAN_CANNOT_BE_LENGTHENED.require(reference.plus(newDuration).isBefore(reference.plus(ban.duration())),
                "The ban lasts " + ban.duration() + "; " + newDuration + " is not shorter");
    }

    private static void requireNotBeforeIssue(Decision decision, LocalDate date) {
        Rule.DECISION_DATE_BEFORE_ISSUE.require(!date.isBefore(decision.issuedOn()),
                date + " precedes the decision's issue date " + decision.issuedOn());
    }

    private void shorten(EntryBan ban, Period newDuration, String reason, Actor actor, Instant occurredAt) {
        LocalDate newEnd = ban.startsOn() == null ? null : EntryBan.lastDay(ban.startsOn(), newDuration);
        apply(new EntryBanShortenedEvent(caseId, personId, ban.id(), newDuration, newEnd, reason, actor, occurredAt));
    }

    private void liftBanOf(Decision decision, BanLiftReason reason, String note, Actor actor, Instant occurredAt) {
        EntryBan ban = decision.banId() == null ? null : bans.get(decision.banId());
        if (ban != null && ban.status().inForce()) {
            apply(new EntryBanLiftedEvent(caseId, personId, ban.id(), reason, note, actor, occurredAt));
        }
    }

    /** Ouhrami (C-225/16): the ban's term runs from the day the person actually left. */
    private void activateBanOf(Decision decision, LocalDate leftOn, Actor actor, Instant occurredAt) {
        EntryBan ban = decision.banId() == null ? null : bans.get(decision.banId());
        if (ban != null && ban.status() == BanStatus.PENDING) {
            apply(new EntryBanActivatedEvent(caseId, personId, ban.id(), leftOn, EntryBan.lastDay(leftOn, ban.duration()),
                    actor, occurredAt));
        }
    }

    private Set<ReturnGround> groundsOr(Set<ReturnGround> requested) {
        return requested == null || requested.isEmpty() ? grounds : Set.copyOf(requested);
    }

    private String nextDecisionNumber() {
        return caseNumber + "/" + (decisions.size() + 1);
    }

    private Decision decisionInForce() {
        return decisions.values().stream().filter(Decision::inForce).findFirst().orElse(null);
    }

    private Decision decision(String decisionId) {
        Decision decision = decisions.get(decisionId);
        if (decision == null) {
            throw Rule.DECISION_NOT_FOUND.violation("No decision " + decisionId + " in case " + caseNumber);
        }
        return decision;
    }

    private Decision decisionInForce(String decisionId) {
        Decision decision = decision(decisionId);
        Rule.DECISION_NOT_IN_FORCE.require(decision.inForce(), "Decision " + decisionId + " is " + decision.status());
        return decision;
    }

    private EntryBan ban(String banId) {
        EntryBan ban = bans.get(banId);
        if (ban == null) {
            throw Rule.ENTRY_BAN_NOT_FOUND.violation("No entry ban " + banId + " in case " + caseNumber);
        }
        return ban;
    }

    private EntryBan banInForce(String banId) {
        EntryBan ban = ban(banId);
        Rule.ENTRY_BAN_NOT_IN_FORCE.require(ban.status().inForce(), "The entry ban is " + ban.status());
        return ban;
    }

    private Appeal appeal(String appealId) {
        Appeal appeal = appeals.get(appealId);
        if (appeal == null) {
            throw Rule.APPEAL_NOT_FOUND.violation("No appeal " + appealId + " in case " + caseNumber);
        }
        return appeal;
    }

    private static CommandResult result(String id) {
        return new CommandResult(id, AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(ReturnCaseOpenedEvent event) {
        caseId = event.caseId();
        caseNumber = event.caseNumber();
        personId = event.personId();
        institution = event.institution();
        grounds = event.grounds();
        unaccompaniedMinor = Boolean.TRUE.equals(event.unaccompaniedMinor());
        // the case is opened by the first event of its stream, created before the aggregate has an identity
        remember(0L, "ReturnCaseOpened", event.caseId(), recordedValue(CorrectableField.LEGAL_BASIS, event.legalBasis()));
    }

    @EventSourcingHandler
    void on(DepartureOrderIssuedEvent event, @SequenceNumber long sequence) {
        decisions.put(event.decisionId(), Decision.issued(event.decisionId(), DecisionType.DEPARTURE_ORDER, event.issuedOn(),
                event.departureDeadline(), event.actor().userId()));
        remember(sequence, "DepartureOrderIssued", event.decisionId(), recordedValue(CorrectableField.LEGAL_BASIS, event.legalBasis()));
    }

    @EventSourcingHandler
    void on(ForcedExpulsionDecisionIssuedEvent event, @SequenceNumber long sequence) {
        decisions.put(event.decisionId(), Decision.issued(event.decisionId(), DecisionType.FORCED_EXPULSION_DECISION,
                event.issuedOn(), null, event.actor().userId()));
        remember(sequence, "ForcedExpulsionDecisionIssued", event.decisionId(),
                recordedValue(CorrectableField.LEGAL_BASIS, event.legalBasis()));
    }

    @EventSourcingHandler
    void on(DecisionApprovalRequiredEvent event) {
        decisions.computeIfPresent(event.decisionId(), (id, d) -> d.withAwaitingApproval(true));
    }

    @EventSourcingHandler
    void on(DecisionApprovedEvent event) {
        decisions.computeIfPresent(event.decisionId(), (id, d) -> d.withAwaitingApproval(false));
    }

    @EventSourcingHandler
    void on(ClericalCorrectionProposedEvent event) {
        proposedCorrections.put(event.correctionId(), new ProposedCorrection(event.correctionId(), event.correctedEventId(),
                event.correctedSequence(), event.field(), event.correctedValue(), event.reason(), event.actor()));
    }

    @EventSourcingHandler
    void on(ClericalErrorCorrectedEvent event) {
        proposedCorrections.remove(event.correctionId());
        decidedCorrections.add(event.correctionId());
        recorded.computeIfPresent(event.correctedSequence(), (s, d) -> d.corrected(event.field(), event.correctedValue()));
    }

    @EventSourcingHandler
    void on(ClericalCorrectionRejectedEvent event) {
        proposedCorrections.remove(event.correctionId());
        decidedCorrections.add(event.correctionId());
    }

    @EventSourcingHandler
    void on(DepartureOrderSupersededEvent event) {
        decisions.computeIfPresent(event.decisionId(), (id, d) -> d.withStatus(DecisionStatus.SUPERSEDED));
    }

    @EventSourcingHandler
    void on(EntryBanImposedEvent event, @SequenceNumber long sequence) {
        bans.put(event.banId(), EntryBan.pending(event.banId(), event.decisionId(), event.duration()));
        decisions.computeIfPresent(event.decisionId(), (id, d) -> d.withBan(event.banId()));
        remember(sequence, "EntryBanImposed", event.banId(), recordedValue(CorrectableField.LEGAL_BASIS, event.legalBasis()));
    }

    @EventSourcingHandler
    void on(DecisionServedEvent event, @SequenceNumber long sequence) {
        decisions.computeIfPresent(event.decisionId(), (id, d) -> d.withStatus(DecisionStatus.SERVED));
        Map<CorrectableField, String> details = recordedValue(CorrectableField.SERVICE_LANGUAGE, event.language());
        details.put(CorrectableField.INTERPRETER_USED, Boolean.toString(event.interpreterUsed()));
        remember(sequence, "DecisionServed", event.decisionId(), details);
    }

    @EventSourcingHandler
    void on(AppealLodgedEvent event, @SequenceNumber long sequence) {
        appeals.put(event.appealId(), new Appeal(event.appealId(), event.decisionId(), true));
        decisions.computeIfPresent(event.decisionId(), (id, d) -> d.withPendingAppeal(event.appealId()));
        remember(sequence, "AppealLodged", event.appealId(), recordedValue(CorrectableField.APPEAL_BODY, event.body()));
    }

    @EventSourcingHandler
    void on(AppealDecidedEvent event, @SequenceNumber long sequence) {
        appeals.computeIfPresent(event.appealId(), (id, a) -> new Appeal(a.id(), a.decisionId(), false));
        decisions.computeIfPresent(event.decisionId(), (id, d) -> d.withPendingAppeal(null));
        remember(sequence, "AppealDecided", event.appealId(), recordedValue(CorrectableField.APPEAL_REFERENCE, event.reference()));
    }

    @EventSourcingHandler
    void on(DecisionAnnulledEvent event) {
        decisions.computeIfPresent(event.decisionId(), (id, d) -> d.withStatus(DecisionStatus.ANNULLED));
    }

    @EventSourcingHandler
    void on(DecisionWithdrawnEvent event) {
        decisions.computeIfPresent(event.decisionId(), (id, d) -> d.withStatus(DecisionStatus.WITHDRAWN));
    }

    @EventSourcingHandler
    void on(EnforcementSuspendedEvent event) {
        decisions.computeIfPresent(event.decisionId(), (id, d) -> d.withEnforcementSuspended(true));
    }

    @EventSourcingHandler
    void on(EnforcementResumedEvent event) {
        decisions.computeIfPresent(event.decisionId(), (id, d) -> d.withEnforcementSuspended(false));
    }

    @EventSourcingHandler
    void on(DepartureConfirmedEvent event, @SequenceNumber long sequence) {
        decisions.computeIfPresent(event.decisionId(), (id, d) -> d.withStatus(DecisionStatus.EXECUTED));
        remember(sequence, "DepartureConfirmed", event.decisionId(),
                recordedValue(CorrectableField.BORDER_CROSSING_POINT, event.borderCrossingPoint()));
    }

    @EventSourcingHandler
    void on(RemovalExecutedEvent event, @SequenceNumber long sequence) {
        decisions.computeIfPresent(event.decisionId(), (id, d) -> d.withStatus(DecisionStatus.EXECUTED));
        remember(sequence, "RemovalExecuted", event.decisionId(),
                recordedValue(CorrectableField.BORDER_CROSSING_POINT, event.borderCrossingPoint()));
    }

    @EventSourcingHandler
    void on(VoluntaryDepartureDeadlineMissedEvent event) {
        decisions.computeIfPresent(event.decisionId(), (id, d) -> d.withDeadlineMissed());
    }

    @EventSourcingHandler
    void on(EntryBanActivatedEvent event) {
        bans.computeIfPresent(event.banId(), (id, b) -> b.activated(event.startsOn()));
    }

    @EventSourcingHandler
    void on(EntryBanShortenedEvent event) {
        bans.computeIfPresent(event.banId(), (id, b) -> b.shortened(event.duration(), event.endsOn()));
    }

    @EventSourcingHandler
    void on(EntryBanLiftedEvent event) {
        bans.computeIfPresent(event.banId(), (id, b) -> b.withStatus(BanStatus.LIFTED));
    }

    @EventSourcingHandler
    void on(EntryBanExpiredEvent event) {
        bans.computeIfPresent(event.banId(), (id, b) -> b.withStatus(BanStatus.EXPIRED));
    }

    private void remember(long sequence, String eventType, String subjectId, Map<CorrectableField, String> values) {
        recorded.put(sequence, new RecordedDetails(eventType, subjectId, values));
    }

    /** A detail left empty when recorded (an unknown crossing point) can be filled in by correction too. */
    private static Map<CorrectableField, String> recordedValue(CorrectableField field, String value) {
        Map<CorrectableField, String> values = new HashMap<>();
        values.put(field, value);
        return values;
    }

    /** Axon rebuilds the aggregate from its events through this constructor. */
    private ReturnCase() {
    }
}
