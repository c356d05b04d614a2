package lv.pmlp.iaiar.api.config;

import java.time.Clock;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import com.mongodb.client.MongoClient;

import lv.pmlp.iaiar.api.audit.AccessLog;
import lv.pmlp.iaiar.api.privacy.MongoPersonKeys;
import lv.pmlp.iaiar.api.privacy.PersonKeys;
import lv.pmlp.iaiar.api.privacy.PersonalDataSerializer;
import lv.pmlp.iaiar.command.returncase.PersonDirectory;
import lv.pmlp.iaiar.command.rules.FourEyesPolicy;
import lv.pmlp.iaiar.command.rules.LegalLimitsPolicy;
import lv.pmlp.iaiar.command.rules.RuleViolations;
import lv.pmlp.iaiar.events.person.PersonalDataErasedEvent;

/**
 * Axon wiring. The serializers get an ObjectMapper of their own: the stored form of the log must not change
 * because someone tuned the web layer's JSON.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    /** The mapper that writes and reads the log; its settings are part of the stored format. */
    static ObjectMapper logObjectMapper() {
        return LogFormat.objectMapper();
    }

    @Bean
    RevisionResolver revisionResolver() {
        return new SchemaVersionRevisionResolver();
    }

    @Bean
    @Primary
    Serializer serializer(RevisionResolver revisions) {
        return jackson(revisions);
    }

    /** The log's serializer: personal data is encrypted with the person's key before it reaches any store. */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(RevisionResolver revisions, PersonKeys keys) {
        return new PersonalDataSerializer(jackson(revisions), logObjectMapper(), keys);
    }

    /** Who read whom: in a database of its own, so no read-model rebuild or cleanup can touch it. */
    @Bean
    AccessLog accessLog(MongoClient mongo, RegisterProperties properties, Clock clock) {
        return new AccessLog(new MongoTemplate(mongo, properties.accessLog().database()), clock);
    }

    /** Keys live in their own database, apart from the event store and from the read models' database. */
    @Bean
    PersonKeys personKeys(MongoClient mongo, RegisterProperties properties) {
        // real time, not the register's clock (which a demonstration may move): the TTL bounds how long a key outlives
        // its destruction on another node
        return new MongoPersonKeys(new MongoTemplate(mongo, properties.keyStore().database()), properties.keyStore().cacheSize(),
                properties.keyStore().cacheTtl(), Clock.systemUTC());
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(RevisionResolver revisions) {
        return jackson(revisions);
    }

    private static Serializer jackson(RevisionResolver revisions) {
        return JacksonSerializer.builder()
                .objectMapper(LogFormat.objectMapper())
                .revisionResolver(revisions)
                .build();
    }

    @Bean
    CorrelationDataProvider requestCorrelation() {
        return new RequestCorrelation();
    }

    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> ruleViolations() {
        return new RuleViolations();
    }

    @Bean
    LegalLimitsPolicy legalLimitsPolicy(RegisterProperties properties) {
        return properties.legalLimitsPolicy();
    }

    @Bean
    FourEyesPolicy fourEyesPolicy(RegisterProperties properties) {
        return properties.fourEyesPolicy();
    }

    /**
     * A person is registered once a Person stream with that id exists and its last event is not the erasure. Erasure
     * ends the stream (every Person command is refused after it), so the stream's last sequence number and that one
     * event are all there is to read, however long the person's history. It reads the log, not the aggregate cache:
     * a case opened on one node must not rely on another node's older copy of the person. Works on JDBC and Axon
     * Server alike.
     */
    @Bean
    PersonDirectory personDirectory(EventStore eventStore) {
        return personId -> eventStore.lastSequenceNumberFor(personId).map(last -> {
            DomainEventStream tail = eventStore.readEvents(personId, last);
            if (!tail.hasNext()) {
                return false;
            }
            DomainEventMessage<?> event = tail.next();
            return "Person".equals(event.getType()) && event.getPayloadType() != PersonalDataErasedEvent.class;
        }).orElse(false);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
