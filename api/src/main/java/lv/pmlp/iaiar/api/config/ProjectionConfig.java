package lv.pmlp.iaiar.api.config;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lv.pmlp.iaiar.api.privacy.BatchKeyPrefetch;
import lv.pmlp.iaiar.api.privacy.PersonKeys;
import lv.pmlp.iaiar.projections.PersonSequencingPolicy;
import lv.pmlp.iaiar.projections.batch.FlushAtEndOfBatch;

/**
 * Event processing: every processing group handles one person's events in order, across their streams, in batches
 * of {@code register.projections.batch-size} events. Projections buffer a batch's writes and send them at its end
 * ({@link FlushAtEndOfBatch}); the keys of the persons whose personal data a batch carries are loaded at its start
 * ({@link BatchKeyPrefetch}). No processor runs in a JDBC transaction: read models, tokens and keys all live in
 * MongoDB, and without a transaction manager Axon stores a token after its batch is handled, not before, so a
 * crash mid-batch replays the batch instead of skipping it.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionConfig {

    @Bean
    ConfigurerModule personSequencing(@Value("${register.projections.batch-size:500}") int batchSize, PersonKeys keys) {
        return configurer -> configurer.eventProcessing()
                .registerDefaultSequencingPolicy(c -> new PersonSequencingPolicy())
                .registerDefaultTransactionManager(c -> NoTransactionManager.instance())
                .registerDefaultHandlerInterceptor((c, name) -> new FlushAtEndOfBatch())
                .registerDefaultHandlerInterceptor((c, name) -> new BatchKeyPrefetch(keys))
                // processors named under axon.eventhandling.processors take their batch size from there
                .registerTrackingEventProcessorConfiguration(c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(batchSize));
    }
}
