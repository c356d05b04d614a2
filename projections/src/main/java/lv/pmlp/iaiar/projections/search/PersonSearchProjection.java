package lv.pmlp.iaiar.projections.search;

import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.events.PersonEvent;
import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;
import lv.pmlp.iaiar.events.person.IdentityDocumentRecordedEvent;
import lv.pmlp.iaiar.events.person.PersonDataAmendedEvent;
import lv.pmlp.iaiar.events.person.PersonalDataErasedEvent;
import lv.pmlp.iaiar.events.returncase.DepartureOrderIssuedEvent;
import lv.pmlp.iaiar.events.returncase.ForcedExpulsionDecisionIssuedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;
import lv.pmlp.iaiar.projections.batch.BatchReads;

/**
 * Writes the person search index. Each event reads the person's document, changes it and writes it whole; the
 * processing group handles one person's events in order ({@link PersonSearchProcessing}), and an event already
 * in the document (by its stream's sequence number) is skipped, so redelivery and replay change nothing. A batch's
 * documents are read with one multi-get at its first event ({@link PersonSearchIndex#prefetch}).
 */
@Component
@ProcessingGroup(PersonSearchProjection.PROCESSING_GROUP)
class PersonSearchProjection {

    static final String PROCESSING_GROUP = "person-search";

    private final PersonSearchIndex index;

    PersonSearchProjection(PersonSearchIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(ForeignerRegisteredEvent event, @SourceId String stream, @SequenceNumber long sequence) {
        update(event.personId(), stream, sequence, person -> person.registered(event));
    }

    @EventHandler
    void on(PersonDataAmendedEvent event, @SourceId String stream, @SequenceNumber long sequence) {
        update(event.personId(), stream, sequence, person -> person.amended(event));
    }

    @EventHandler
    void on(IdentityDocumentRecordedEvent event, @SourceId String stream, @SequenceNumber long sequence) {
        update(event.personId(), stream, sequence, person -> person.documentRecorded(event.document()));
    }

    @EventHandler
    void on(ReturnCaseOpenedEvent event, @SourceId String stream, @SequenceNumber long sequence) {
        update(event.personId(), stream, sequence, person -> person.caseOpened(event.caseId(), event.caseNumber()));
    }

    @EventHandler
    void on(DepartureOrderIssuedEvent event, @SourceId String stream, @SequenceNumber long sequence) {
        update(event.personId(), stream, sequence, person -> person.decisionIssued(event.decisionId(), event.decisionNumber()));
    }

    @EventHandler
    void on(ForcedExpulsionDecisionIssuedEvent event, @SourceId String stream, @SequenceNumber long sequence) {
        update(event.personId(), stream, sequence, person -> person.decisionIssued(event.decisionId(), event.decisionNumber()));
    }

    @EventHandler
    void on(PersonalDataErasedEvent event, @SourceId String stream, @SequenceNumber long sequence) {
        update(event.personId(), stream, sequence, PersonSearchDocument::erasedTombstone);
    }

    @ResetHandler
    void reset() {
        index.recreate();
    }

    /** Every event this projection handles reads its person's document. */
    static final BatchReads READS = (message, reads) -> {
        if (message.getPayload() instanceof PersonEvent event) {
            reads.byId(PROCESSING_GROUP, event.personId(), PersonSearchDocument.class);
        }
    };

    private void update(String personId, String stream, long sequence, UnaryOperator<PersonSearchDocument> change) {
        index.prefetch(READS);
        PersonSearchDocument person = index.find(personId).orElseGet(() -> PersonSearchDocument.empty(personId));
        if (person.hasApplied(stream, sequence) || person.erased()) {
            return;
        }
        index.save(change.apply(person).applied(stream, sequence));
    }
}
