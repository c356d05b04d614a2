package lv.pmlp.iaiar.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import lv.pmlp.iaiar.api.RegisterApiTest;
import lv.pmlp.iaiar.api.RegisterClient;
import lv.pmlp.iaiar.api.Requests;
import lv.pmlp.iaiar.command.person.ErasePersonalDataCommand;
import lv.pmlp.iaiar.command.returncase.PersonDirectory;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.events.Actor;

/** How commands read the log: no snapshot-table query, and a person-exists check that reads one event. */
@RegisterApiTest
class AggregateLoadingTest {

    private static final LocalDate TODAY = LocalDate.now(BusinessCalendar.ZONE);

    @Autowired
    RegisterClient api;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    PersonDirectory persons;
    @Autowired
    CommandGateway commands;

    /** The event store skips the snapshot table only because nothing ever writes one. */
    @ParameterizedTest
    @ValueSource(strings = {"lv.pmlp.iaiar.command.person.Person", "lv.pmlp.iaiar.command.returncase.ReturnCase"})
    void noAggregateTakesSnapshotsSoTheStoreNeedNotReadThem(String aggregate) throws Exception {
        Aggregate annotation = Class.forName(aggregate).getAnnotation(Aggregate.class);

        assertThat(annotation.snapshotTriggerDefinition()).isEmpty();
        assertThat(annotation.repository()).isEmpty();
        assertThat(storage).isInstanceOf(EventStorageWithoutSnapshots.class);
    }

    @Test
    void theStoreStillGivesAnAggregatesWholeStream() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        api.post("vrs.officer", "/api/v1/persons/" + personId + "/identity-documents",
                Map.of("type", "PASSPORT", "number", "LOAD1", "issuingCountry", "RU"));

        assertThat(eventStore.readEvents(personId).asStream().map(e -> e.getSequenceNumber())).containsExactly(0L, 1L);
    }

    @Test
    void aPersonWithALongerHistoryIsRegistered() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        for (int i = 0; i < 3; i++) {
            api.post("vrs.officer", "/api/v1/persons/" + personId + "/identity-documents",
                    Map.of("type", "PASSPORT", "number", "HIST" + i, "issuingCountry", "RU"));
        }

        assertThat(persons.isRegistered(personId)).isTrue();
    }

    @Test
    void anIdThatIsNoPersonIsNotRegistered() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        String caseId = api.post("vrs.officer", "/api/v1/return-cases", Requests.openCase(personId, TODAY)).id();

        assertThat(persons.isRegistered("no-such-person")).isFalse();
        assertThat(persons.isRegistered(caseId)).isFalse();
        assertThat(api.post("vrs.officer", "/api/v1/return-cases", Requests.openCase(caseId, TODAY)).code())
                .isEqualTo("PERSON_NOT_FOUND");
    }

    @Test
    void theCheckRefusesAnErasedPerson() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        assertThat(persons.isRegistered(personId)).isTrue();

        commands.sendAndWait(new ErasePersonalDataCommand(personId, "retention period ended", Actor.SYSTEM, Instant.now()));

        assertThat(persons.isRegistered(personId)).isFalse();
        assertThat(api.post("vrs.officer", "/api/v1/return-cases", Requests.openCase(personId, TODAY)).code())
                .isEqualTo("PERSON_NOT_FOUND");
    }
}
