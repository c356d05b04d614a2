package lv.pmlp.iaiar.api.privacy;

import java.util.LinkedHashSet;
import java.util.Set;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import lv.pmlp.iaiar.projections.PersonSequencingPolicy;

/**
 * Registered on every event processor: at the first event of a batch, before any handler reads a payload, loads
 * with one query the keys of the persons whose personal data the batch's events carry. The serializer decrypts each
 * event's personal data when its payload is first read, with the person's key; during a rebuild the processors are
 * at different places in the log, so one key after another would miss the cache and cost a key-store round trip.
 * Events with personal data belong to a Person stream, whose id is the person's id, so the persons are known
 * without reading (or decrypting) any payload.
 */
public final class BatchKeyPrefetch implements MessageHandlerInterceptor<EventMessage<?>> {

    private final PersonKeys keys;

    public BatchKeyPrefetch(PersonKeys keys) {
        this.keys = keys;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isFirstMessage()) {
            Set<String> persons = new LinkedHashSet<>();
            for (Message<?> message : batch.getMessages()) {
                if (message instanceof DomainEventMessage<?> event && PersonSequencingPolicy.PERSON_STREAM.equals(event.getType())
                        && PersonalDataSerializer.carriesPersonalData(event.getPayloadType())) {
                    persons.add(event.getAggregateIdentifier());
                }
            }
            if (persons.size() > 1) {
                keys.prefetch(persons);
            }
        }
        return interceptorChain.proceed();
    }
}
