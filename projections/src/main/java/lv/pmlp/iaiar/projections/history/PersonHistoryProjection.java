package lv.pmlp.iaiar.projections.history;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.events.PersonEvent;
import lv.pmlp.iaiar.events.person.PersonalDataErasedEvent;
import lv.pmlp.iaiar.projections.EventPosition;
import lv.pmlp.iaiar.projections.ReadModels;
import lv.pmlp.iaiar.projections.batch.BatchedMongo;

/**
 * Writes one entry per event, keyed by the event's id, so writing it again changes nothing; entries go to the store
 * as inserts (an entry that exists already, from an event delivered again, is replaced).
 */
@Component
@ProcessingGroup(ReadModels.HISTORY)
class PersonHistoryProjection {

    private final MongoTemplate mongo;
    private final BatchedMongo batch;

    PersonHistoryProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.batch = new BatchedMongo(mongo);
        ensureIndexes();
    }

    @EventHandler
    void on(PersonEvent event, EventMessage<?> message) {
        EventPosition position = EventPosition.of(message);
        Object correlation = message.getMetaData().get("correlationId");
        batch.saveNew(HistoryEntries.of(message.getIdentifier(), event, position.streamId(), position.sequence(),
                message.getTimestamp(), correlation == null ? null : correlation.toString()),
                HistoryEntry.COLLECTION);
        if (event instanceof PersonalDataErasedEvent) {
            forget(event.personId());
        }
    }

    /** The trail keeps every fact and who recorded it, but no longer what identified the person. */
    private void forget(String personId) {
        Update update = Update.update("personalDataErased", true);
        HistoryEntries.PERSONAL_DETAILS.forEach(field -> update.unset("details." + field));
        // after the entries this batch has written so far, as if each event had been written on its own
        batch.now(m -> m.updateMulti(Query.query(Criteria.where("personId").is(personId)), update, HistoryEntry.COLLECTION));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(HistoryEntry.COLLECTION);
        ensureIndexes();
    }

    private void ensureIndexes() {
        mongo.indexOps(HistoryEntry.COLLECTION).ensureIndex(new Index().on("personId", Sort.Direction.ASC)
                .on("recordedAt", Sort.Direction.ASC));
    }
}
