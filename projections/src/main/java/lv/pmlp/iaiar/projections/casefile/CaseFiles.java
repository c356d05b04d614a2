package lv.pmlp.iaiar.projections.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.events.PersonEvent;
import lv.pmlp.iaiar.events.person.DetentionExtendedEvent;
import lv.pmlp.iaiar.events.person.ForeignerDetainedEvent;
import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;
import lv.pmlp.iaiar.events.person.ForeignerReleasedEvent;
import lv.pmlp.iaiar.events.person.IdentityDocumentRecordedEvent;
import lv.pmlp.iaiar.events.person.PersonDataAmendedEvent;
import lv.pmlp.iaiar.events.person.PersonalDataErasedEvent;
import lv.pmlp.iaiar.events.returncase.AppealDecidedEvent;
import lv.pmlp.iaiar.events.returncase.AppealLodgedEvent;
import lv.pmlp.iaiar.events.returncase.ClericalCorrectionProposedEvent;
import lv.pmlp.iaiar.events.returncase.ClericalCorrectionRejectedEvent;
import lv.pmlp.iaiar.events.returncase.ClericalErrorCorrectedEvent;
import lv.pmlp.iaiar.events.returncase.DecisionAnnulledEvent;
import lv.pmlp.iaiar.events.returncase.DecisionApprovalRequiredEvent;
import lv.pmlp.iaiar.events.returncase.DecisionApprovedEvent;
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
import lv.pmlp.iaiar.events.returncase.ReturnCaseEvent;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;
import lv.pmlp.iaiar.events.returncase.VoluntaryDepartureDeadlineMissedEvent;

/**
 * The fold from a person's events to their case file. Pure: no I/O, no clock, so the live projection and the
 * as-of views give the same answer for the same events.
 */
public final class CaseFiles {

    private static final Set<String> OPEN_DECISIONS = Set.of("ISSUED", "SERVED");
    private static final Set<String> OPEN_BANS = Set.of("PENDING", "ACTIVE");

    private CaseFiles() {
    }

    /**
     * Applies one event. An event at or below the stream's recorded version was applied before and changes
     * nothing, which makes redelivery and replay harmless.
     */
    public static CaseFile apply(CaseFile file, PersonEvent event, String streamId, long sequence, Instant recordedAt) {
        if (file.versionOf(streamId) >= sequence) {
            return file;
        }
        CaseFile changed = event instanceof ReturnCaseEvent caseEvent ? applyToCase(file, caseEvent) : applyToPerson(file, event);
        Map<String, Long> versions = new HashMap<>(changed.versions());
        versions.put(streamId, sequence);
        CaseFile.Lifecycle was = changed.lifecycle();
        LocalDate day = BusinessCalendar.dayOf(event.occurredAt());
        LocalDate lastActivity = was.lastActivityOn() == null || day.isAfter(was.lastActivityOn()) ? day : was.lastActivityOn();
        boolean registered = was.registered() || event instanceof ForeignerRegisteredEvent;
        Instant erasedAt = event instanceof PersonalDataErasedEvent ? event.occurredAt() : was.erasedAt();
        CaseFile.Lifecycle lifecycle = new CaseFile.Lifecycle(registered, erasedAt, lastActivity,
                registered && settled(changed) ? lastActivity : null);
        return new CaseFile(changed.personId(), changed.names(), changed.dateOfBirth(), changed.sex(), changed.citizenships(),
                changed.stateless(), changed.subjectCategory(), changed.documents(), changed.detentions(), changed.cases(),
                Map.copyOf(versions), changed.registeredAt() != null ? changed.registeredAt() : recordedAt, recordedAt, lifecycle);
    }

    /** Nothing open: no detention, no decision in force, no pending or running ban, no undecided appeal. */
    static boolean settled(CaseFile f) {
        return f.detentions().stream().noneMatch(DetentionView::isOpen)
                && f.cases().stream().allMatch(c -> c.decisions().stream().noneMatch(d -> OPEN_DECISIONS.contains(d.state()))
                        && c.entryBans().stream().noneMatch(b -> OPEN_BANS.contains(b.state()))
                        && c.appeals().stream().allMatch(a -> a.outcome() != null));
    }

    private static CaseFile applyToPerson(CaseFile f, PersonEvent event) {
        if (event instanceof ForeignerRegisteredEvent e) {
            return new CaseFile(f.personId(), e.names(), e.dateOfBirth(), e.sex(), sorted(e.citizenships()), e.stateless(),
                    e.subjectCategory(), e.documents() == null ? List.of() : List.copyOf(e.documents()), f.detentions(), f.cases(), f.versions(), f.registeredAt(),
                    f.lastRecordedAt(), f.lifecycle());
        }
        if (event instanceof PersonDataAmendedEvent e) {
            return new CaseFile(f.personId(), e.names() != null ? e.names() : f.names(),
                    e.dateOfBirth() != null ? e.dateOfBirth() : f.dateOfBirth(), e.sex() != null ? e.sex() : f.sex(),
                    e.citizenships() != null ? sorted(e.citizenships()) : f.citizenships(),
                    e.stateless() != null ? e.stateless() : f.stateless(), f.subjectCategory(), f.documents(), f.detentions(),
                    f.cases(), f.versions(), f.registeredAt(), f.lastRecordedAt(), f.lifecycle());
        }
        if (event instanceof PersonalDataErasedEvent) {
            return new CaseFile(f.personId(), null, null, f.sex(), f.citizenships(), f.stateless(), f.subjectCategory(), List.of(),
                    f.detentions(), f.cases(), f.versions(), f.registeredAt(), f.lastRecordedAt(), f.lifecycle());
        }
        if (event instanceof IdentityDocumentRecordedEvent e) {
            // after erasure the document reads as null: there is nothing left to show
            return e.document() == null ? f : withIdentity(f, appended(f.documents(), e.document()));
        }
        if (event instanceof ForeignerDetainedEvent e) {
            return withDetentions(f, appended(f.detentions(), new DetentionView(e.detentionId(), e.returnCaseId(),
                    e.legalBasis(), e.place(), e.occurredAt(), e.authorisedUntil(), List.of(), null, null)));
        }
        if (event instanceof DetentionExtendedEvent e) {
            return withDetentions(f, replaced(f.detentions(), d -> d.detentionId().equals(e.detentionId()),
                    d -> d.extended(new DetentionView.ExtensionView(e.previouslyAuthorisedUntil(), e.authorisedUntil(),
                            e.courtReference(), e.occurredAt()))));
        }
        if (event instanceof ForeignerReleasedEvent e) {
            return withDetentions(f, replaced(f.detentions(), d -> d.detentionId().equals(e.detentionId()),
                    d -> d.released(e.occurredAt(), e.reason())));
        }
        return f;
    }

    private static CaseFile applyToCase(CaseFile f, ReturnCaseEvent event) {
        if (event instanceof ReturnCaseOpenedEvent e) {
            return withCases(f, appended(f.cases(), new CaseView(e.caseId(), e.caseNumber(), e.institution(),
                    List.copyOf(new TreeSet<>(e.grounds())), e.detectedOn(), e.legalBasis(), List.of(), List.of(), List.of(),
                    List.of())));
        }
        return withCases(f, replaced(f.cases(), c -> c.caseId().equals(event.caseId()), c -> applyToCase(c, event)));
    }

    private static CaseView applyToCase(CaseView c, ReturnCaseEvent event) {
        if (event instanceof DepartureOrderIssuedEvent e) {
            return c.withDecisions(appended(c.decisions(), new DecisionView(e.decisionId(), e.decisionNumber(),
                    DecisionType.DEPARTURE_ORDER, e.issuedOn(), e.legalBasis(), "ISSUED", e.voluntaryDepartureDays(),
                    e.departureDeadline(), false, false, null, null, null, null, null, null, null, null, null)));
        }
        if (event instanceof ForcedExpulsionDecisionIssuedEvent e) {
            return c.withDecisions(appended(c.decisions(), new DecisionView(e.decisionId(), e.decisionNumber(),
                    DecisionType.FORCED_EXPULSION_DECISION, e.issuedOn(), e.legalBasis(), "ISSUED", null, null, false, false,
                    null, null, null, null, null, null, null, null, null)));
        }
        if (event instanceof DepartureOrderSupersededEvent e) {
            return decision(c, e.decisionId(), d -> d.supersededBy(e.supersededByDecisionId()));
        }
        if (event instanceof DecisionServedEvent e) {
            return decision(c, e.decisionId(), d -> d.served(e.servedOn(), e.language()));
        }
        if (event instanceof VoluntaryDepartureDeadlineMissedEvent e) {
            return decision(c, e.decisionId(), DecisionView::withDeadlineMissed);
        }
        if (event instanceof EnforcementSuspendedEvent e) {
            return decision(c, e.decisionId(), d -> d.withSuspension(true, e.reason()));
        }
        if (event instanceof EnforcementResumedEvent e) {
            return decision(c, e.decisionId(), d -> d.withSuspension(false, null));
        }
        if (event instanceof DecisionWithdrawnEvent e) {
            return decision(c, e.decisionId(), d -> d.withState("WITHDRAWN"));
        }
        if (event instanceof DecisionAnnulledEvent e) {
            return decision(c, e.decisionId(), d -> d.withState("ANNULLED"));
        }
        if (event instanceof DepartureConfirmedEvent e) {
            return decision(c, e.decisionId(), d -> d.executed("DEPARTURE", e.departedOn(), e.destinationCountry()));
        }
        if (event instanceof RemovalExecutedEvent e) {
            return decision(c, e.decisionId(), d -> d.executed("REMOVAL", e.removedOn(), e.destinationCountry()));
        }
        if (event instanceof EntryBanImposedEvent e) {
            return c.withEntryBans(appended(c.entryBans(), new BanView(e.banId(), e.decisionId(), e.duration().toString(),
                    "PENDING", null, null, null, null)));
        }
        if (event instanceof EntryBanActivatedEvent e) {
            return ban(c, e.banId(), b -> b.activated(e.startsOn(), e.endsOn()));
        }
        if (event instanceof EntryBanShortenedEvent e) {
            return ban(c, e.banId(), b -> b.shortened(e.duration().toString(), e.endsOn()));
        }
        if (event instanceof EntryBanLiftedEvent e) {
            return ban(c, e.banId(), b -> b.lifted(BusinessCalendar.dayOf(e.occurredAt()), e.reason()));
        }
        if (event instanceof EntryBanExpiredEvent e) {
            return ban(c, e.banId(), b -> b.expired(e.endedOn()));
        }
        if (event instanceof DecisionApprovalRequiredEvent e) {
            return decision(c, e.decisionId(), d -> d.withApproval(DecisionView.AWAITING_APPROVAL, null));
        }
        if (event instanceof DecisionApprovedEvent e) {
            return decision(c, e.decisionId(), d -> d.withApproval(DecisionView.APPROVED, e.actor().userId()));
        }
        if (event instanceof ClericalCorrectionProposedEvent e) {
            return c.withCorrections(appended(c.corrections(), new CorrectionView(e.correctionId(), e.correctedEventId(),
                    e.correctedSequence(), e.correctedEventType(), e.subjectId(), e.field(), e.previousValue(),
                    e.correctedValue(), e.reason(), CorrectionView.PENDING, e.actor().userId(), e.occurredAt(), null, null,
                    null)));
        }
        if (event instanceof ClericalCorrectionRejectedEvent e) {
            return correction(c, e.correctionId(),
                    k -> k.decided(CorrectionView.REJECTED, e.actor().userId(), e.occurredAt(), e.reason()));
        }
        if (event instanceof ClericalErrorCorrectedEvent e) {
            return corrected(correction(c, e.correctionId(),
                    k -> k.decided(CorrectionView.APPLIED, e.actor().userId(), e.occurredAt(), null)), e);
        }
        if (event instanceof AppealLodgedEvent e) {
            return c.withAppeals(appended(c.appeals(), new AppealView(e.appealId(), e.decisionId(), e.type(), e.body(),
                    e.filedOn(), null, null, null)));
        }
        if (event instanceof AppealDecidedEvent e) {
            return c.withAppeals(replaced(c.appeals(), a -> a.appealId().equals(e.appealId()),
                    a -> a.decided(e.outcome(), e.decidedOn(), e.reference())));
        }
        return c;
    }

    private static CaseView correction(CaseView c, String correctionId, UnaryOperator<CorrectionView> change) {
        return c.withCorrections(replaced(c.corrections(), k -> k.correctionId().equals(correctionId), change));
    }

    /** The corrected value shows where the case file shows the detail; details it does not show stay in the list. */
    private static CaseView corrected(CaseView c, ClericalErrorCorrectedEvent e) {
        String value = e.correctedValue();
        return switch (e.field()) {
            case LEGAL_BASIS -> e.subjectId().equals(c.caseId()) ? c.withLegalBasis(value)
                    : decision(c, e.subjectId(), d -> d.withLegalBasis(value));
            case SERVICE_LANGUAGE -> decision(c, e.subjectId(), d -> d.withServiceLanguage(value));
            case APPEAL_BODY -> c.withAppeals(replaced(c.appeals(), a -> a.appealId().equals(e.subjectId()), a -> a.withBody(value)));
            case APPEAL_REFERENCE -> c.withAppeals(replaced(c.appeals(), a -> a.appealId().equals(e.subjectId()),
                    a -> a.withReference(value)));
            case INTERPRETER_USED, BORDER_CROSSING_POINT -> c;
        };
    }

    private static CaseView decision(CaseView c, String decisionId, UnaryOperator<DecisionView> change) {
        return c.withDecisions(replaced(c.decisions(), d -> d.decisionId().equals(decisionId), change));
    }

    private static CaseView ban(CaseView c, String banId, UnaryOperator<BanView> change) {
        return c.withEntryBans(replaced(c.entryBans(), b -> b.banId().equals(banId), change));
    }

    private static CaseFile withIdentity(CaseFile f, List<lv.pmlp.iaiar.events.person.IdentityDocument> documents) {
        return new CaseFile(f.personId(), f.names(), f.dateOfBirth(), f.sex(), f.citizenships(), f.stateless(),
                f.subjectCategory(), documents, f.detentions(), f.cases(), f.versions(), f.registeredAt(), f.lastRecordedAt(), f.lifecycle());
    }

    private static CaseFile withDetentions(CaseFile f, List<DetentionView> detentions) {
        return new CaseFile(f.personId(), f.names(), f.dateOfBirth(), f.sex(), f.citizenships(), f.stateless(),
                f.subjectCategory(), f.documents(), detentions, f.cases(), f.versions(), f.registeredAt(), f.lastRecordedAt(), f.lifecycle());
    }

    private static CaseFile withCases(CaseFile f, List<CaseView> cases) {
        return new CaseFile(f.personId(), f.names(), f.dateOfBirth(), f.sex(), f.citizenships(), f.stateless(),
                f.subjectCategory(), f.documents(), f.detentions(), cases, f.versions(), f.registeredAt(), f.lastRecordedAt(), f.lifecycle());
    }

    private static List<String> sorted(Set<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }

    private static <T> List<T> appended(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return List.copyOf(copy);
    }

    private static <T> List<T> replaced(List<T> list, Predicate<T> which, Function<T, T> change) {
        return list.stream().map(e -> which.test(e) ? change.apply(e) : e).toList();
    }
}
