package lv.pmlp.iaiar.api.config;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Stamps every message a handler produces with the {@code correlationId} of the request that started the
 * chain and the {@code causationId} of the message that directly caused it.
 */
class RequestCorrelation implements CorrelationDataProvider {

    static final String CORRELATION_ID = "correlationId";
    static final String CAUSATION_ID = "causationId";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        Object correlation = message.getMetaData().get(CORRELATION_ID);
        data.put(CORRELATION_ID, correlation != null ? correlation : message.getIdentifier());
        data.put(CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
