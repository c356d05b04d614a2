package lv.pmlp.iaiar.projections;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;

/** Where an event sits: its stream and sequence number, and its position in the whole log. */
public record EventPosition(String streamId, long sequence, long globalPosition) {

    public static EventPosition of(EventMessage<?> message, TrackingToken token) {
        long global = token == null ? -1 : token.position().orElse(-1);
        if (message instanceof DomainEventMessage<?> domain) {
            return new EventPosition(domain.getAggregateIdentifier(), domain.getSequenceNumber(), global);
        }
        return new EventPosition(message.getIdentifier(), 0, global);
    }
}
