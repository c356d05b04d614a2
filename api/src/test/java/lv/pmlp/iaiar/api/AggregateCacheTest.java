package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import lv.pmlp.iaiar.api.config.BoundedCache;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.person.DocumentType;
import lv.pmlp.iaiar.events.person.IdentityDocument;
import lv.pmlp.iaiar.events.person.IdentityDocumentRecordedEvent;

/**
 * Commands load Person and ReturnCase aggregates from a bounded cache; what a command decides must not depend on
 * whether its aggregate came from the cache or from the log.
 */
@RegisterApiTest
class AggregateCacheTest {

    private static final LocalDate TODAY = LocalDate.now(BusinessCalendar.ZONE);

    @Autowired
    RegisterClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    @Qualifier("personCache")
    Cache personCache;
    @Autowired
    @Qualifier("returnCaseCache")
    Cache returnCaseCache;

    @Test
    void bothAggregateTypesHaveABoundedCacheThatKeepsWhatACommandTouched() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        String caseId = api.post("vrs.officer", "/api/v1/return-cases", Requests.openCase(personId, TODAY)).id();

        assertThat(personCache).isInstanceOfSatisfying(BoundedCache.class, c -> assertThat(c.capacity()).isEqualTo(5_000));
        assertThat(returnCaseCache).isInstanceOf(BoundedCache.class).isNotSameAs(personCache);
        assertThat(personCache.containsKey(personId)).isTrue();
        assertThat(returnCaseCache.containsKey(caseId)).isTrue();
    }

    @Test
    void aCommandRefusedByARuleLeavesTheCachedAggregateAsItWas() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        String caseId = api.post("vrs.officer", "/api/v1/return-cases", Requests.openCase(personId, TODAY)).id();
        var order = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/departure-orders", Requests.departureOrder(TODAY, 7));
        assertThat(order.etag()).isEqualTo("\"1\"");

        var refused = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/departure-orders", Requests.departureOrder(TODAY, 7));
        var tooLong = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/decisions/" + order.id() + "/entry-ban",
                Map.of("duration", "P30Y", "legalBasis", "Imigrācijas likums, 47. pants"));
        var ban = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/decisions/" + order.id() + "/entry-ban",
                Map.of("duration", "P1Y", "legalBasis", "Imigrācijas likums, 47. pants"), Map.of("If-Match", "\"1\""));

        assertThat(refused.code()).isEqualTo("ACTIVE_DECISION_EXISTS");
        assertThat(tooLong.code()).isEqualTo("ENTRY_BAN_EXCEEDS_MAXIMUM");
        assertThat(ban.status()).isEqualTo(201);
        assertThat(ban.etag()).isEqualTo("\"2\"");
        assertThat(eventsOf(caseId)).isEqualTo(3);
    }

    @Test
    void aRefusedCommandOnACachedPersonKeepsItsEarlierChanges() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        var document = Requests.passport("AC1");
        assertThat(api.post("vrs.officer", Requests.identityDocumentsOf(personId), document).status()).isEqualTo(204);

        var again = api.post("vrs.officer", Requests.identityDocumentsOf(personId), document);
        var next = api.post("vrs.officer", Requests.identityDocumentsOf(personId), Requests.passport("AC2"), Map.of("If-Match", "\"1\""));

        assertThat(again.code()).isEqualTo("IDENTITY_DOCUMENT_ALREADY_RECORDED");
        assertThat(next.status()).isEqualTo(204);
        assertThat(next.etag()).isEqualTo("\"2\"");
    }

    /** Another node (or anything else) appends behind this node's cache: the store still refuses the stale write. */
    @Test
    void aChangeMadeBehindTheCachesBackIsDetectedAndTheNextCommandSeesIt() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        assertThat(personCache.containsKey(personId)).isTrue();
        storage.appendEvents(new GenericDomainEventMessage<>("Person", personId, 1, new IdentityDocumentRecordedEvent(personId,
                new IdentityDocument(DocumentType.PASSPORT, "ELSEWHERE1", "UA", null, null),
                new Actor("vrs.officer", Institution.VRS, "VRS", Role.OFFICER), Instant.now())));

        var stale = api.post("vrs.officer", Requests.identityDocumentsOf(personId), Requests.passport("AC3"));
        var retried = api.post("vrs.officer", Requests.identityDocumentsOf(personId), Requests.passport("AC3"));
        var duplicate = api.post("vrs.officer", Requests.identityDocumentsOf(personId),
                Map.of("type", "PASSPORT", "number", "ELSEWHERE1", "issuingCountry", "UA"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("CONCURRENT_MODIFICATION");
        assertThat(retried.status()).isEqualTo(204);
        assertThat(retried.etag()).isEqualTo("\"2\"");
        assertThat(duplicate.code()).isEqualTo("IDENTITY_DOCUMENT_ALREADY_RECORDED");
        assertThat(eventsOf(personId)).isEqualTo(3);
    }

    @Test
    void anAggregateNoLongerCachedIsLoadedFromTheLogWithTheSameState() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        String caseId = api.post("vrs.officer", "/api/v1/return-cases", Requests.openCase(personId, TODAY)).id();
        var order = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/departure-orders", Requests.departureOrder(TODAY, 7));
        personCache.remove(personId);
        returnCaseCache.remove(caseId);

        var second = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/departure-orders", Requests.departureOrder(TODAY, 7));
        var ban = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/decisions/" + order.id() + "/entry-ban",
                Map.of("duration", "P1Y", "legalBasis", "Imigrācijas likums, 47. pants"));
        var document = api.post("vrs.officer", Requests.identityDocumentsOf(personId), Requests.passport("AC4"));

        assertThat(second.code()).isEqualTo("ACTIVE_DECISION_EXISTS");
        assertThat(ban.etag()).isEqualTo("\"2\"");
        assertThat(document.etag()).isEqualTo("\"1\"");
        assertThat(returnCaseCache.containsKey(caseId)).isTrue();
    }

    private int eventsOf(String aggregateId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Integer.class,
                aggregateId);
    }
}
