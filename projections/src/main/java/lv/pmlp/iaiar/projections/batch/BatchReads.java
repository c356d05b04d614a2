package lv.pmlp.iaiar.projections.batch;

import org.axonframework.eventhandling.EventMessage;

/**
 * What a projection reads by id while it handles an event, said before it handles it, so that a whole event batch's
 * reads are loaded with one query per collection ({@link BatchedMongo}) or one multi-get (the search index) at the
 * batch's first read. It mirrors the handlers: a read it leaves out still works (one round trip, as without
 * prefetch), a document it names that the handler does not read only makes the query a little larger, so it
 * decides speed, never the read model.
 */
@FunctionalInterface
public interface BatchReads {

    /** Names, through {@code reads}, each document that handling {@code message} reads by id. */
    void of(EventMessage<?> message, Reads reads);

    /** Where the documents an event will read are named. */
    @FunctionalInterface
    interface Reads {

        /** The handler will read the document with this id from this collection, as this type. */
        void byId(String collection, Object id, Class<?> type);
    }
}
