package lv.pmlp.iaiar.projections.boards;

import java.time.Instant;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.person.DetentionExtendedEvent;
import lv.pmlp.iaiar.events.person.ForeignerDetainedEvent;
import lv.pmlp.iaiar.events.person.ForeignerReleasedEvent;
import lv.pmlp.iaiar.events.returncase.ClericalCorrectionProposedEvent;
import lv.pmlp.iaiar.events.returncase.ClericalCorrectionRejectedEvent;
import lv.pmlp.iaiar.events.returncase.ClericalErrorCorrectedEvent;
import lv.pmlp.iaiar.events.returncase.DecisionAnnulledEvent;
import lv.pmlp.iaiar.events.returncase.DecisionApprovalRequiredEvent;
import lv.pmlp.iaiar.events.returncase.DecisionApprovedEvent;
import lv.pmlp.iaiar.events.returncase.ForcedExpulsionDecisionIssuedEvent;
import lv.pmlp.iaiar.events.returncase.DecisionWithdrawnEvent;
import lv.pmlp.iaiar.events.returncase.DepartureConfirmedEvent;
import lv.pmlp.iaiar.events.returncase.DepartureOrderIssuedEvent;
import lv.pmlp.iaiar.events.returncase.DepartureOrderSupersededEvent;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;
import lv.pmlp.iaiar.events.returncase.VoluntaryDepartureDeadlineMissedEvent;
import lv.pmlp.iaiar.projections.ReadModels;
import lv.pmlp.iaiar.projections.batch.BatchReads;
import lv.pmlp.iaiar.projections.batch.BatchedMongo;

/**
 * The detention, deadline and pending-approval boards. Each change applies only if its stream event is newer
 * than the entry.
 */
@Component
@ProcessingGroup(ReadModels.BOARDS)
class OperationalBoardsProjection {

    private static final String CASES = "board_cases";
    private static final String DECISION_NUMBERS = "board_decision_numbers";

    private final MongoTemplate mongo;
    /**
     * Writes of one event batch go out together; reads see the batch's own writes; what the batch reads is loaded
     * at its first event ({@link #reads}).
     */
    private final BatchedMongo batch;

    OperationalBoardsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.batch = new BatchedMongo(mongo, OperationalBoardsProjection::reads);
        ensureIndexes();
    }

    /** What each handler below reads by id. */
    static void reads(EventMessage<?> message, BatchReads.Reads reads) {
        Object payload = message.getPayload();
        if (payload instanceof ForeignerDetainedEvent e) {
            reads.byId(DetentionBoardEntry.COLLECTION, e.detentionId(), DetentionBoardEntry.class);
        } else if (payload instanceof DetentionExtendedEvent e) {
            reads.byId(DetentionBoardEntry.COLLECTION, e.detentionId(), DetentionBoardEntry.class);
        } else if (payload instanceof ForeignerReleasedEvent e) {
            reads.byId(DetentionBoardEntry.COLLECTION, e.detentionId(), DetentionBoardEntry.class);
        } else if (payload instanceof DepartureOrderIssuedEvent e) {
            reads.byId(DepartureDeadlineEntry.COLLECTION, e.decisionId(), DepartureDeadlineEntry.class);
            reads.byId(CASES, e.caseId(), CaseEntry.class);
        } else if (payload instanceof DecisionApprovalRequiredEvent e) {
            reads.byId(DECISION_NUMBERS, e.decisionId(), DecisionNumber.class);
            reads.byId(PendingApprovalEntry.COLLECTION, e.decisionId(), PendingApprovalEntry.class);
            reads.byId(CASES, e.caseId(), CaseEntry.class);
        } else if (payload instanceof ClericalCorrectionProposedEvent e) {
            reads.byId(PendingApprovalEntry.COLLECTION, e.correctionId(), PendingApprovalEntry.class);
            reads.byId(CASES, e.caseId(), CaseEntry.class);
        } else if (payload instanceof DecisionApprovedEvent e) {
            reads.byId(PendingApprovalEntry.COLLECTION, e.decisionId(), PendingApprovalEntry.class);
        } else if (payload instanceof ClericalErrorCorrectedEvent e) {
            reads.byId(PendingApprovalEntry.COLLECTION, e.correctionId(), PendingApprovalEntry.class);
        } else if (payload instanceof ClericalCorrectionRejectedEvent e) {
            reads.byId(PendingApprovalEntry.COLLECTION, e.correctionId(), PendingApprovalEntry.class);
        } else if (payload instanceof DepartureConfirmedEvent e) {
            reads.byId(DepartureDeadlineEntry.COLLECTION, e.decisionId(), DepartureDeadlineEntry.class);
        } else if (payload instanceof VoluntaryDepartureDeadlineMissedEvent e) {
            reads.byId(DepartureDeadlineEntry.COLLECTION, e.decisionId(), DepartureDeadlineEntry.class);
        } else if (payload instanceof DepartureOrderSupersededEvent e) {
            decisionClosed(e.decisionId(), reads);
        } else if (payload instanceof DecisionWithdrawnEvent e) {
            decisionClosed(e.decisionId(), reads);
        } else if (payload instanceof DecisionAnnulledEvent e) {
            decisionClosed(e.decisionId(), reads);
        }
    }

    /** What {@link #closeIfPending} and {@link #approvalDone} read for a decision that ends. */
    private static void decisionClosed(String decisionId, BatchReads.Reads reads) {
        reads.byId(DepartureDeadlineEntry.COLLECTION, decisionId, DepartureDeadlineEntry.class);
        reads.byId(PendingApprovalEntry.COLLECTION, decisionId, PendingApprovalEntry.class);
    }

    record CaseEntry(@Id String caseId, String caseNumber, Institution institution) {
    }

    /** Decision numbers, so the approvals board can name what is to be approved. */
    record DecisionNumber(@Id String decisionId, String decisionNumber) {
    }

    @EventHandler
    void on(ForeignerDetainedEvent event, @SequenceNumber long sequence) {
        if (batch.findById(event.detentionId(), DetentionBoardEntry.class, DetentionBoardEntry.COLLECTION) == null) {
            batch.save(new DetentionBoardEntry(event.detentionId(), event.personId(), event.returnCaseId(), event.place(),
                    event.occurredAt(), BusinessCalendar.dayOf(event.occurredAt()), event.authorisedUntil(), null, sequence),
                    DetentionBoardEntry.COLLECTION);
        }
    }

    @EventHandler
    void on(DetentionExtendedEvent event, @SequenceNumber long sequence) {
        detention(event.detentionId(), sequence, d -> new DetentionBoardEntry(d.detentionId(), d.personId(), d.returnCaseId(),
                d.place(), d.detainedAt(), d.detainedOn(), event.authorisedUntil(), d.releasedOn(), sequence));
    }

    @EventHandler
    void on(ForeignerReleasedEvent event, @SequenceNumber long sequence) {
        detention(event.detentionId(), sequence, d -> new DetentionBoardEntry(d.detentionId(), d.personId(), d.returnCaseId(),
                d.place(), d.detainedAt(), d.detainedOn(), d.authorisedUntil(), BusinessCalendar.dayOf(event.occurredAt()),
                sequence));
    }

    @EventHandler
    void on(ReturnCaseOpenedEvent event) {
        batch.save(new CaseEntry(event.caseId(), event.caseNumber(), event.institution()), CASES);
    }

    @EventHandler
    void on(DepartureOrderIssuedEvent event, @SequenceNumber long sequence) {
        batch.save(new DecisionNumber(event.decisionId(), event.decisionNumber()), DECISION_NUMBERS);
        if (batch.findById(event.decisionId(), DepartureDeadlineEntry.class, DepartureDeadlineEntry.COLLECTION) != null) {
            return;
        }
        CaseEntry kase = batch.findById(event.caseId(), CaseEntry.class, CASES);
        batch.save(new DepartureDeadlineEntry(event.decisionId(), event.personId(), event.caseId(),
                kase == null ? null : kase.caseNumber(), event.decisionNumber(), kase == null ? null : kase.institution(),
                event.issuedOn(), event.departureDeadline(), "PENDING", sequence), DepartureDeadlineEntry.COLLECTION);
    }

    @EventHandler
    void on(ForcedExpulsionDecisionIssuedEvent event) {
        batch.save(new DecisionNumber(event.decisionId(), event.decisionNumber()), DECISION_NUMBERS);
    }

    @EventHandler
    void on(DecisionApprovalRequiredEvent event, @SequenceNumber long sequence) {
        DecisionNumber number = batch.findById(event.decisionId(), DecisionNumber.class, DECISION_NUMBERS);
        awaitApproval(event.decisionId(), PendingApprovalEntry.DECISION, event.caseId(), event.personId(),
                event.decisionType() + " " + (number == null ? event.decisionId() : number.decisionNumber()),
                event.actor().userId(), event.occurredAt(), sequence);
    }

    @EventHandler
    void on(DecisionApprovedEvent event, @SequenceNumber long sequence) {
        approvalDone(event.decisionId(), sequence);
    }

    @EventHandler
    void on(ClericalCorrectionProposedEvent event, @SequenceNumber long sequence) {
        awaitApproval(event.correctionId(), PendingApprovalEntry.CORRECTION, event.caseId(), event.personId(),
                event.field() + " of " + event.correctedEventType() + " #" + event.correctedSequence(),
                event.actor().userId(), event.occurredAt(), sequence);
    }

    @EventHandler
    void on(ClericalErrorCorrectedEvent event, @SequenceNumber long sequence) {
        approvalDone(event.correctionId(), sequence);
    }

    @EventHandler
    void on(ClericalCorrectionRejectedEvent event, @SequenceNumber long sequence) {
        approvalDone(event.correctionId(), sequence);
    }

    @EventHandler
    void on(DepartureConfirmedEvent event, @SequenceNumber long sequence) {
        deadline(event.decisionId(), sequence, "MET");
    }

    @EventHandler
    void on(VoluntaryDepartureDeadlineMissedEvent event, @SequenceNumber long sequence) {
        deadline(event.decisionId(), sequence, "MISSED");
    }

    @EventHandler
    void on(DepartureOrderSupersededEvent event, @SequenceNumber long sequence) {
        closeIfPending(event.decisionId(), sequence);
        approvalDone(event.decisionId(), sequence);
    }

    /** A decision withdrawn (how a supervisor refuses approval), annulled or superseded needs approval no more. */
    @EventHandler
    void on(DecisionWithdrawnEvent event, @SequenceNumber long sequence) {
        closeIfPending(event.decisionId(), sequence);
        approvalDone(event.decisionId(), sequence);
    }

    @EventHandler
    void on(DecisionAnnulledEvent event, @SequenceNumber long sequence) {
        closeIfPending(event.decisionId(), sequence);
        approvalDone(event.decisionId(), sequence);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(DetentionBoardEntry.COLLECTION);
        mongo.dropCollection(DepartureDeadlineEntry.COLLECTION);
        mongo.dropCollection(CASES);
        mongo.dropCollection(DECISION_NUMBERS);
        mongo.dropCollection(PendingApprovalEntry.COLLECTION);
        ensureIndexes();
    }

    /** A superseded order's missed deadline stays MISSED on the board: the miss is what led to the next decision. */
    private void closeIfPending(String decisionId, long sequence) {
        DepartureDeadlineEntry entry = batch.findById(decisionId, DepartureDeadlineEntry.class, DepartureDeadlineEntry.COLLECTION);
        if (entry != null && entry.caseVersion() < sequence && "PENDING".equals(entry.state())) {
            batch.save(entry.withState("CLOSED", sequence), DepartureDeadlineEntry.COLLECTION);
        }
    }

    private void deadline(String decisionId, long sequence, String state) {
        DepartureDeadlineEntry entry = batch.findById(decisionId, DepartureDeadlineEntry.class, DepartureDeadlineEntry.COLLECTION);
        if (entry != null && entry.caseVersion() < sequence) {
            batch.save(entry.withState(state, sequence), DepartureDeadlineEntry.COLLECTION);
        }
    }

    private void detention(String detentionId, long sequence, UnaryOperator<DetentionBoardEntry> change) {
        DetentionBoardEntry entry = batch.findById(detentionId, DetentionBoardEntry.class, DetentionBoardEntry.COLLECTION);
        if (entry != null && entry.personVersion() < sequence) {
            batch.save(change.apply(entry), DetentionBoardEntry.COLLECTION);
        }
    }

    private void awaitApproval(String id, String kind, String caseId, String personId, String subject, String requestedBy,
                               Instant requestedAt, long sequence) {
        if (batch.findById(id, PendingApprovalEntry.class, PendingApprovalEntry.COLLECTION) != null) {
            return;
        }
        CaseEntry kase = batch.findById(caseId, CaseEntry.class, CASES);
        batch.save(new PendingApprovalEntry(id, kind, personId, caseId, kase == null ? null : kase.caseNumber(),
                kase == null ? null : kase.institution(), subject, requestedBy, requestedAt, PendingApprovalEntry.PENDING,
                sequence), PendingApprovalEntry.COLLECTION);
    }

    private void approvalDone(String id, long sequence) {
        PendingApprovalEntry entry = batch.findById(id, PendingApprovalEntry.class, PendingApprovalEntry.COLLECTION);
        if (entry != null && entry.caseVersion() < sequence) {
            batch.save(entry.done(sequence), PendingApprovalEntry.COLLECTION);
        }
    }

    private void ensureIndexes() {
        mongo.indexOps(DetentionBoardEntry.COLLECTION).ensureIndex(new Index().on("releasedOn", Sort.Direction.ASC));
        mongo.indexOps(DepartureDeadlineEntry.COLLECTION).ensureIndex(new Index().on("state", Sort.Direction.ASC)
                .on("deadline", Sort.Direction.ASC));
        mongo.indexOps(PendingApprovalEntry.COLLECTION).ensureIndex(new Index().on("state", Sort.Direction.ASC)
                .on("institution", Sort.Direction.ASC).on("requestedAt", Sort.Direction.ASC));
    }
}
