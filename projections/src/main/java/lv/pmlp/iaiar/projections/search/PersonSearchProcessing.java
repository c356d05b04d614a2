package lv.pmlp.iaiar.projections.search;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lv.pmlp.iaiar.events.PersonEvent;

/**
 * How the person-search processing group runs. The person's document is read, changed and written, and both the
 * Person and the ReturnCase streams change it, so all events of one person must be handled in order by one
 * thread: sequence by {@code personId}, not by aggregate. A failed write (Elasticsearch away) must stop and
 * retry the event rather than skip it, so errors propagate to the processor.
 */
@Configuration(proxyBeanMethods = false)
class PersonSearchProcessing {

    @Bean
    ConfigurerModule personSearchProcessingModule() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(PersonSearchProjection.PROCESSING_GROUP, c -> new PerPerson())
                .registerListenerInvocationErrorHandler(PersonSearchProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance());
    }

    /** Every event the projection handles is a {@link PersonEvent}; anything else keeps per-aggregate order. */
    static final class PerPerson implements SequencingPolicy<EventMessage<?>> {

        @Override
        public Object getSequenceIdentifierFor(EventMessage<?> event) {
            return event.getPayload() instanceof PersonEvent person
                    ? person.personId()
                    : SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
        }
    }
}
