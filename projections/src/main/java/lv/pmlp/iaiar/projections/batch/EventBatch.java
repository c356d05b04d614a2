package lv.pmlp.iaiar.projections.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The pending read-model writes of the event batch being handled. An event processor handles a batch of events in
 * one unit of work; projections buffer their writes in it ({@link BatchedMongo}, the search index) and
 * {@link FlushAtEndOfBatch} sends them after the batch's last event, before the unit of work commits, which is
 * when the processor stores its token (processors run without a transaction manager, so the token is stored
 * after processing). A failed flush fails the batch: the token stays and the batch is handled again, which the
 * idempotent upserts make harmless. Outside a unit of work every write goes straight to the store.
 */
public final class EventBatch {

    private static final String RESOURCE = EventBatch.class.getName();

    private EventBatch() {
    }

    /**
     * This store's pending writes in the current unit of work, created on first use; {@code null} outside a unit of
     * work, where the caller writes directly.
     */
    public static <T extends BatchedWrites> T current(Object store, Class<T> type, Supplier<T> create) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        Map<Object, BatchedWrites> stores = unitOfWork.getOrComputeResource(RESOURCE, key -> {
            // a unit of work not ended by FlushAtEndOfBatch (no batch, or a processor without it) still writes
            // everything before it commits
            unitOfWork.onPrepareCommit(u -> flush(u));
            return new LinkedHashMap<>();
        });
        return type.cast(stores.computeIfAbsent(store, key -> create.get()));
    }

    /**
     * The events of the current batch not handled yet, the one being handled first: what a prefetch at this point
     * can still serve ({@link BatchReads}). Just the current event in a unit of work of one event; empty outside a
     * unit of work.
     */
    public static List<EventMessage<?>> remainingMessages() {
        if (!CurrentUnitOfWork.isStarted()) {
            return List.of();
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        List<EventMessage<?>> remaining = new ArrayList<>();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch) {
            List<? extends Message<?>> messages = batch.getMessages();
            Message<?> current = batch.getMessage();
            int from = 0;
            while (from < messages.size() && messages.get(from) != current) {
                from++;
            }
            for (Message<?> message : messages.subList(from < messages.size() ? from : 0, messages.size())) {
                if (message instanceof EventMessage<?> event) {
                    remaining.add(event);
                }
            }
        } else if (unitOfWork.getMessage() instanceof EventMessage<?> event) {
            remaining.add(event);
        }
        return remaining;
    }

    /** Sends the pending writes of every store used in this unit of work, in the order they were first used. */
    public static void flush(UnitOfWork<?> unitOfWork) {
        Map<Object, BatchedWrites> stores = unitOfWork.getResource(RESOURCE);
        if (stores == null) {
            return;
        }
        List<BatchedWrites> inOrder = new ArrayList<>(stores.values());
        for (BatchedWrites writes : inOrder) {
            writes.flush();
        }
    }
}
