package lv.pmlp.iaiar.projections.casefile;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.events.PersonEvent;
import lv.pmlp.iaiar.projections.EventPosition;
import lv.pmlp.iaiar.projections.ReadModels;
import lv.pmlp.iaiar.projections.batch.BatchReads;
import lv.pmlp.iaiar.projections.batch.BatchedMongo;

/** Keeps one case-file document per person: load, fold the event in, save. */
@Component
@ProcessingGroup(ReadModels.CASE_FILE)
class CaseFileProjection {

    private final MongoTemplate mongo;
    /**
     * Writes of one event batch go out together; a person's later events in the batch see the earlier ones; the
     * case files of the batch's persons are read with one query at its first event.
     */
    private final BatchedMongo batch;

    CaseFileProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.batch = new BatchedMongo(mongo, CaseFileProjection::reads);
    }

    /** Every event reads its person's case file. */
    static void reads(EventMessage<?> message, BatchReads.Reads reads) {
        if (message.getPayload() instanceof PersonEvent event) {
            reads.byId(CaseFileCollection.NAME, event.personId(), CaseFile.class);
        }
    }

    @EventHandler
    void on(PersonEvent event, EventMessage<?> message) {
        EventPosition position = EventPosition.of(message);
        CaseFile current = batch.findById(event.personId(), CaseFile.class, CaseFileCollection.NAME);
        CaseFile file = current != null ? current : CaseFile.empty(event.personId());
        CaseFile updated = CaseFiles.apply(file, event, position.streamId(), position.sequence(), message.getTimestamp());
        if (updated != file) {
            batch.save(updated, CaseFileCollection.NAME);
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(CaseFileCollection.NAME);
    }
}
