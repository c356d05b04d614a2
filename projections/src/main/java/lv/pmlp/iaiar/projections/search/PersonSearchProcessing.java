package lv.pmlp.iaiar.projections.search;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lv.pmlp.iaiar.projections.PersonSequencingPolicy;

/**
 * How the person-search processing group runs. The person's document is read, changed and written, and both the
 * Person and the ReturnCase streams change it, so all events of one person must be handled in order by one
 * thread: sequence by {@code personId}, not by aggregate. A failed write (Elasticsearch away) must stop and
 * retry the event rather than skip it, so errors propagate to the processor. And an index lost while its
 * token survived is rebuilt at start-up.
 */
@Configuration(proxyBeanMethods = false)
class PersonSearchProcessing {

    private static final Logger log = LoggerFactory.getLogger(PersonSearchProcessing.class);

    @Bean
    ConfigurerModule personSearchProcessingModule(ObjectProvider<PersonSearchIndex> index, ObjectProvider<TokenStore> tokens,
                                                  ObjectProvider<EventProcessingConfiguration> processing) {
        return configurer -> {
            configurer.eventProcessing()
                    .registerSequencingPolicy(PersonSearchProjection.PROCESSING_GROUP, c -> new PersonSequencingPolicy())
                    .registerListenerInvocationErrorHandler(PersonSearchProjection.PROCESSING_GROUP,
                            c -> PropagatingErrorHandler.instance());
            configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1,
                    () -> rebuildIfIndexLost(index.getObject(), tokens.getObject(), processing.getObject()));
        };
    }

    /**
     * The tracking token (MongoDB) and the index (Elasticsearch) live in different stores. If the index is gone
     * while the token says the log was processed (its data directory deleted, or a node replaced), the search
     * would silently miss everyone; replay the log into a new index instead, before the processor starts.
     */
    static void rebuildIfIndexLost(PersonSearchIndex index, TokenStore tokens, EventProcessingConfiguration processing) {
        String group = PersonSearchProjection.PROCESSING_GROUP;
        try {
            if (tokens.fetchSegments(group).length > 0 && !index.exists()) {
                // also when the processor had only claimed its segments: replaying a log it never read costs nothing
                log.warn("The person search index {} is missing while its processor has tokens; replaying the log into it",
                        index.name());
                processing.eventProcessor(group, StreamingEventProcessor.class).ifPresent(StreamingEventProcessor::resetTokens);
            }
        } catch (RuntimeException e) {
            // Elasticsearch away at start-up: the processor retries its writes until it is back
            log.warn("Could not check the person search index {}: {}", index.name(), e.toString());
        }
    }
}
