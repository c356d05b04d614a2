package lv.pmlp.iaiar.projections;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

import lv.pmlp.iaiar.events.PersonEvent;

/**
 * Handles all events of one person in order, whichever stream (person or case) they come from: the read
 * models are per person, and two segments writing one person's document at once would lose an update.
 * <p>
 * An event of a Person stream is keyed by its stream's id, which is the person's id, without deserialising the
 * payload: a processor asks for the key of every event before it starts the batch, and the events of a Person
 * stream are the ones with personal data, whose payload can only be read by decrypting it with the person's key
 * (one key-store round trip per person that misses the key cache). Read inside the batch instead, the keys of the
 * whole batch are fetched at once. Events of other streams (cases) carry no personal data and are read here.
 */
public class PersonSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    /** The aggregate type of the Person stream, as the event store records it. */
    public static final String PERSON_STREAM = "Person";

    private final SequentialPerAggregatePolicy fallback = SequentialPerAggregatePolicy.instance();

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domain && PERSON_STREAM.equals(domain.getType())) {
            return domain.getAggregateIdentifier();
        }
        return event.getPayload() instanceof PersonEvent personEvent ? personEvent.personId()
                : fallback.getSequenceIdentifierFor(event);
    }
}
