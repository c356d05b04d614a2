package lv.pmlp.iaiar.api.upcasting;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;

/**
 * Version 2 of {@link ReturnCaseOpenedEvent} records whether the foreigner is an unaccompanied minor. Cases opened
 * before did not ask, so their events are read with the flag unknown (null), never as "not a minor". Axon's Spring
 * support puts every upcaster bean into the chain the event store reads through.
 */
@Component
@Order(0)
public class ReturnCaseOpenedV1ToV2Upcaster extends SingleEventUpcaster {

    static final SimpleSerializedType V1 = new SimpleSerializedType(ReturnCaseOpenedEvent.class.getName(), "1");
    static final String V2 = "2";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return V1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(V1.getName(), V2), JsonNode.class, payload -> {
            if (payload instanceof ObjectNode event && !event.has("unaccompaniedMinor")) {
                event.putNull("unaccompaniedMinor");
            }
            return payload;
        });
    }
}
