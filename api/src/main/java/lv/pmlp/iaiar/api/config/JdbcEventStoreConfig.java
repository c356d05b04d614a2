package lv.pmlp.iaiar.api.config;

import java.sql.SQLException;


import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JDBC event store (embedded default, or an external PostgreSQL by URL): Axon's JDBC storage engine, built as
 * its auto-configuration builds it but without the snapshot-table read ({@link EventStorageWithoutSnapshots});
 * Flyway owns the schema (payloads as BYTEA holding JSON, not large objects).
 */
@Configuration(proxyBeanMethods = false)
class JdbcEventStoreConfig {

    /** The tables and columns Flyway creates (V1__event_store.sql), in PostgreSQL's snake case. */
    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    EventStorageEngine eventStorageEngine(Serializer serializer, PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          EventSchema eventSchema) {
        return new EventStorageWithoutSnapshots(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema));
    }

    /**
     * PostgreSQL reports a duplicate (aggregate, sequence) as SQL state 23505; Axon must read that as a
     * concurrent append and raise {@link ConcurrencyException}, so two writers never both win.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        JdbcSQLErrorCodesResolver fallback = new JdbcSQLErrorCodesResolver();
        return exception -> {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                    return true;
                }
            }
            return fallback.isDuplicateKeyViolation(exception);
        };
    }
}
