package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import lv.pmlp.iaiar.command.deadline.DeadlineDispatcher;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.RegisterEvent;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.person.ForeignerDetainedEvent;
import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;
import lv.pmlp.iaiar.events.person.ForeignerReleasedEvent;
import lv.pmlp.iaiar.events.returncase.DecisionServedEvent;
import lv.pmlp.iaiar.events.returncase.DepartureOrderIssuedEvent;
import lv.pmlp.iaiar.events.returncase.DepartureOrderSupersededEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanActivatedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanExpiredEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanImposedEvent;
import lv.pmlp.iaiar.events.returncase.ForcedExpulsionDecisionIssuedEvent;
import lv.pmlp.iaiar.events.returncase.RemovalExecutedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;
import lv.pmlp.iaiar.events.returncase.VoluntaryDepartureDeadlineMissedEvent;

/**
 * A whole case through the REST API: register, detain, departure order, missed deadline, forced expulsion with
 * a ban, removal, release, and the ban's expiry years later; then the log is read back from the event store.
 */
@RegisterApiTest
class ReturnCaseScenarioTest {

    @Autowired
    RegisterClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    DeadlineDispatcher deadlines;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCaseFromRegistrationToRemovalIsRecordedAsOneEventPerFact() {
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);

        var person = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan());
        assertThat(person.status()).isEqualTo(201);
        String personId = person.id();
        assertThat(person.headers().get("location")).endsWith("/api/v1/persons/" + personId);

        var openedCase = api.post("vrs.officer", "/api/v1/return-cases", Requests.openCase(personId, today));
        assertThat(openedCase.status()).isEqualTo(201);
        String caseId = openedCase.id();

        var detention = api.post("vrs.officer", "/api/v1/persons/" + personId + "/detentions", Map.of(
                "detainedAt", Instant.now().minusSeconds(60).toString(),
                "authorisedUntil", today.plusDays(60).toString(),
                "returnCaseId", caseId,
                "legalBasis", "Imigrācijas likums, 51. pants",
                "place", "Daugavpils aizturēto ārzemnieku izmitināšanas centrs"));
        assertThat(detention.status()).isEqualTo(201);
        assertThat(detention.etag()).isEqualTo("\"1\"");

        var order = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/departure-orders",
                Requests.departureOrder(today, 7));
        assertThat(order.status()).isEqualTo(201);
        String orderId = order.id();

        clock.advance(Duration.ofDays(8));
        awaitTimerEvent(caseId, VoluntaryDepartureDeadlineMissedEvent.class);

        var expulsion = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/forced-expulsion-decisions",
                Requests.forcedExpulsion(today, "P3Y"));
        assertThat(expulsion.status()).isEqualTo(201);
        String expulsionId = expulsion.id();
        String banId = expulsion.idOf("entry-ban");

        assertThat(api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/decisions/" + expulsionId + "/service",
                Map.of("servedOn", today.toString(), "language", "ru", "interpreterUsed", true)).status()).isEqualTo(204);
        var removal = api.post("vrs.officer", "/api/v1/return-cases/" + caseId + "/decisions/" + expulsionId + "/removal",
                Map.of("removedOn", today.toString(), "borderCrossingPoint", "Terehova", "destinationCountry", "RU",
                        "escorted", true));
        assertThat(removal.status()).isEqualTo(204);
        assertThat(api.post("vrs.officer", "/api/v1/persons/" + personId + "/detentions/" + detention.id() + "/release",
                Map.of("releasedAt", Instant.now().toString(),
                        "reason", "REMOVED")).status()).isEqualTo(204);

        List<DomainEventMessage<?>> caseEvents = events(caseId);
        assertThat(types(caseEvents)).containsExactly(
                ReturnCaseOpenedEvent.class,
                DepartureOrderIssuedEvent.class,
                VoluntaryDepartureDeadlineMissedEvent.class,
                ForcedExpulsionDecisionIssuedEvent.class,
                DepartureOrderSupersededEvent.class,
                EntryBanImposedEvent.class,
                DecisionServedEvent.class,
                RemovalExecutedEvent.class,
                EntryBanActivatedEvent.class);
        assertThat(removal.etag()).isEqualTo("\"" + (caseEvents.size() - 1) + "\"");

        var missed = (VoluntaryDepartureDeadlineMissedEvent) caseEvents.get(2).getPayload();
        assertThat(missed.decisionId()).isEqualTo(orderId);
        assertThat(missed.deadline()).isEqualTo(today.plusDays(7));
        assertThat(missed.actor()).isEqualTo(Actor.SYSTEM);
        var superseded = (DepartureOrderSupersededEvent) caseEvents.get(4).getPayload();
        assertThat(superseded.decisionId()).isEqualTo(orderId);
        var activated = (EntryBanActivatedEvent) caseEvents.get(8).getPayload();
        assertThat(activated.banId()).isEqualTo(banId);
        assertThat(activated.startsOn()).isEqualTo(today);
        assertThat(activated.endsOn()).isEqualTo(today.plus(Period.ofYears(3)).minusDays(1));

        List<DomainEventMessage<?>> personEvents = events(personId);
        assertThat(types(personEvents)).containsExactly(
                ForeignerRegisteredEvent.class, ForeignerDetainedEvent.class, ForeignerReleasedEvent.class);

        Actor borderGuard = ((RegisterEvent) caseEvents.get(0).getPayload()).actor();
        assertThat(borderGuard.userId()).isEqualTo("vrs.officer");
        assertThat(borderGuard.institution()).isEqualTo(Institution.VRS);
        assertThat(borderGuard.role()).isEqualTo(Role.OFFICER);
        for (DomainEventMessage<?> event : caseEvents) {
            assertThat(((RegisterEvent) event.getPayload()).occurredAt()).as("business time").isNotNull();
            assertThat(event.getTimestamp()).as("recording time").isNotNull();
            assertThat(event.getMetaData()).containsKeys("correlationId", "causationId");
        }
        assertThat(caseEvents.get(5).getMetaData().get("correlationId"))
                .as("ban and decision come from one request")
                .isEqualTo(caseEvents.get(3).getMetaData().get("correlationId"));
        assertThat(caseEvents.get(5).getMetaData().get("causationId"))
                .as("both were caused by the same command")
                .isEqualTo(caseEvents.get(3).getMetaData().get("causationId"));

        clock.set(BusinessCalendar.startOf(activated.endsOn().plusDays(1)).plusSeconds(3600));
        awaitTimerEvent(caseId, EntryBanExpiredEvent.class);
        var expired = (EntryBanExpiredEvent) events(caseId).get(caseEvents.size()).getPayload();
        assertThat(expired.banId()).isEqualTo(banId);
        assertThat(expired.endedOn()).isEqualTo(activated.endsOn());
        assertThat(expired.occurredAt()).isEqualTo(BusinessCalendar.startOf(activated.endsOn().plusDays(1)));

        Integer stored = jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier in (?, ?)", Integer.class, caseId, personId);
        assertThat(stored).isEqualTo(caseEvents.size() + 1 + personEvents.size());
    }

    @AfterEach
    void resetClock() {
        clock.set(Instant.now());
    }

    /** The timer runs for every case in the store; wait until it has recorded this case's event. */
    private void awaitTimerEvent(String caseId, Class<?> type) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            deadlines.dispatchPassed();
            return types(events(caseId)).contains(type);
        });
    }

    private List<DomainEventMessage<?>> events(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().<DomainEventMessage<?>>map(e -> e).toList();
    }

    private static List<Class<?>> types(List<DomainEventMessage<?>> events) {
        return events.stream().<Class<?>>map(DomainEventMessage::getPayloadType).toList();
    }
}
