package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.person.IdentityDocument;
import lv.pmlp.iaiar.events.person.IdentityDocumentRecordedEvent;
import lv.pmlp.iaiar.events.person.DocumentType;

/** Concurrent changes to one aggregate never lose an update: one wins, the other is told it conflicted. */
@RegisterApiTest
class ConcurrencyTest {

    @Autowired
    RegisterClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStorageEngine storage;

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedAndWritesNothing() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        assertThat(api.post("vrs.officer", Requests.identityDocumentsOf(personId), Requests.passport("AA1"), Map.of("If-Match", "\"0\"")).status())
                .isEqualTo(204);

        var stale = api.post("vrs.officer", Requests.identityDocumentsOf(personId), Requests.passport("AA2"), Map.of("If-Match", "\"0\""));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("VERSION_MISMATCH");
        assertThat(eventsOf(personId)).isEqualTo(2);
    }

    @Test
    void theVersionReturnedIsTheOneToSendNext() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        var first = api.post("vrs.officer", Requests.identityDocumentsOf(personId), Requests.passport("BB1"));

        var next = api.post("vrs.officer", Requests.identityDocumentsOf(personId), Requests.passport("BB2"), Map.of("If-Match", first.etag()));

        assertThat(first.etag()).isEqualTo("\"1\"");
        assertThat(next.status()).isEqualTo(204);
        assertThat(next.etag()).isEqualTo("\"2\"");
    }

    @Test
    void ofConcurrentChangesBasedOnOneVersionExactlyOneWins() throws Exception {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<RegisterClient.Response>> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String number = "CC" + i;
                attempts.add(pool.submit(() -> api.post("vrs.officer", Requests.identityDocumentsOf(personId), Requests.passport(number),
                        Map.of("If-Match", "\"0\""))));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<RegisterClient.Response> attempt : attempts) {
                statuses.add(attempt.get().status());
            }

            assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 204).containsOnly(412);
            assertThat(eventsOf(personId)).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentChangesWithoutAVersionAreAllKept() throws Exception {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<RegisterClient.Response>> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String number = "DD" + i;
                attempts.add(pool.submit(() -> api.post("vrs.officer", Requests.identityDocumentsOf(personId), Requests.passport(number))));
            }
            for (Future<RegisterClient.Response> attempt : attempts) {
                assertThat(attempt.get().status()).isEqualTo(204);
            }

            List<Long> sequence = jdbc.queryForList(
                    "select sequence_number from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                    Long.class, personId);
            assertThat(sequence).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        } finally {
            pool.shutdownNow();
        }
    }

    /** What two application nodes racing on one aggregate would do: the store itself refuses the second append. */
    @Test
    void theStoreRefusesASecondEventAtTheSameSequenceNumber() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();

        storage.appendEvents(recorded(personId, 1, "EE1"));

        assertThatThrownBy(() -> storage.appendEvents(recorded(personId, 1, "EE2")))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(eventsOf(personId)).isEqualTo(2);
    }

    private static GenericDomainEventMessage<IdentityDocumentRecordedEvent> recorded(String personId, long sequence, String number) {
        return new GenericDomainEventMessage<>("Person", personId, sequence, new IdentityDocumentRecordedEvent(personId,
                new IdentityDocument(DocumentType.PASSPORT, number, "UA", null, null),
                new Actor("vrs.officer", lv.pmlp.iaiar.events.Institution.VRS, "VRS", lv.pmlp.iaiar.events.Role.OFFICER),
                Instant.now()));
    }

    private int eventsOf(String aggregateId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Integer.class,
                aggregateId);
    }
}
