package lv.pmlp.iaiar.projections;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

import lv.pmlp.iaiar.events.PersonEvent;

/**
 * Handles all events of one person in order, whichever stream (person or case) they come from: the read
 * models are per person, and two segments writing one person's document at once would lose an update.
 */
public class PersonSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    private final SequentialPerAggregatePolicy fallback = SequentialPerAggregatePolicy.instance();

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        return event.getPayload() instanceof PersonEvent personEvent ? personEvent.personId()
                : fallback.getSequenceIdentifierFor(event);
    }
}
