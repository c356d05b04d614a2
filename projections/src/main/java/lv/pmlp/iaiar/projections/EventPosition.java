package lv.pmlp.iaiar.projections;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * Where an event sits in its stream. Taken from the event itself, never from the tracking token, whose position
 * differs between a live run and a replay when concurrent appends leave gaps.
 */
public record EventPosition(String streamId, long sequence) {

    public static EventPosition of(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> domain) {
            return new EventPosition(domain.getAggregateIdentifier(), domain.getSequenceNumber());
        }
        return new EventPosition(message.getIdentifier(), 0);
    }
}
