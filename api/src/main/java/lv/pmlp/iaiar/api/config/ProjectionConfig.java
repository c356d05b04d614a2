package lv.pmlp.iaiar.api.config;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lv.pmlp.iaiar.projections.PersonSequencingPolicy;

/** Event processing: every processing group handles one person's events in order, across their streams. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfig {

    @Bean
    ConfigurerModule personSequencing() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultSequencingPolicy(c -> new PersonSequencingPolicy());
    }
}
