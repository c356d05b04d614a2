package lv.pmlp.iaiar.api.config;

import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC storage engine without the snapshot-table query. Axon's event store asks for a snapshot before every
 * aggregate load whether or not anything takes snapshots; no aggregate of this register names a snapshot trigger,
 * so the table stays empty and the query only cost a round trip (41 s of the request threads' 78 s spent loading
 * aggregates in the benchmark before the aggregate cache). Should an aggregate get a snapshot trigger, this class
 * must go: {@code AggregateLoadingTest} fails first.
 */
final class EventStorageWithoutSnapshots extends JdbcEventStorageEngine {

    EventStorageWithoutSnapshots(Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }
}
