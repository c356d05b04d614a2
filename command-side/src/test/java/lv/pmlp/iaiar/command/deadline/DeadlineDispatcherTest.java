package lv.pmlp.iaiar.command.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import lv.pmlp.iaiar.command.returncase.ExpireEntryBanCommand;
import lv.pmlp.iaiar.command.returncase.RecordMissedDepartureDeadlineCommand;
import lv.pmlp.iaiar.command.rules.RefusalDetails;
import lv.pmlp.iaiar.command.rules.Rule;
import lv.pmlp.iaiar.events.Actor;

class DeadlineDispatcherTest {

    static final String CASE_ID = "case-1";
    static final String DECISION_ID = "decision-1";
    static final String BAN_ID = "ban-1";

    /** 22:30 UTC on 31 March 2025 is already 01:30 on 1 April in Riga (summer time, UTC+3). */
    static final Instant NOW = Instant.parse("2025-03-31T22:30:00Z");
    static final LocalDate TODAY_IN_RIGA = LocalDate.of(2025, 4, 1);
    static final LocalDate YESTERDAY_IN_RIGA = LocalDate.of(2025, 3, 31);
    /** Midnight in Riga at the start of 1 April 2025. */
    static final Instant START_OF_TODAY_IN_RIGA = Instant.parse("2025-03-31T21:00:00Z");

    static final ScheduledDeadline DEPARTURE_DEADLINE_PASSED =
            new ScheduledDeadline(DeadlineKind.VOLUNTARY_DEPARTURE, CASE_ID, DECISION_ID, YESTERDAY_IN_RIGA);
    static final ScheduledDeadline BAN_END_PASSED =
            new ScheduledDeadline(DeadlineKind.ENTRY_BAN_END, CASE_ID, BAN_ID, YESTERDAY_IN_RIGA);

    private final InMemoryDeadlineSchedule schedule = new InMemoryDeadlineSchedule();
    private final List<Object> sent = new ArrayList<>();
    private Function<Object, Object> handler = command -> null;
    private DeadlineDispatcher dispatcher;

    @BeforeEach
    void setUp() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        for (Class<?> type : List.of(RecordMissedDepartureDeadlineCommand.class, ExpireEntryBanCommand.class)) {
            bus.subscribe(type.getName(), message -> {
                sent.add(message.getPayload());
                return handler.apply(message.getPayload());
            });
        }
        dispatcher = new DeadlineDispatcher(schedule, DefaultCommandGateway.builder().commandBus(bus).build(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aPassedDepartureDeadlineIsRecordedAsMissedByTheSystemFromTheStartOfTheNextDay() {
        schedule.schedule(DEPARTURE_DEADLINE_PASSED);

        int accepted = dispatcher.dispatchPassed();

        assertThat(accepted).isEqualTo(1);
        assertThat(sent).containsExactly(new RecordMissedDepartureDeadlineCommand(CASE_ID, null, DECISION_ID,
                TODAY_IN_RIGA, Actor.SYSTEM, START_OF_TODAY_IN_RIGA));
        assertThat(schedule.entries()).isEmpty();
    }

    @Test
    void aPassedBanEndExpiresTheBanByTheSystemFromTheStartOfTheNextDay() {
        schedule.schedule(BAN_END_PASSED);

        int accepted = dispatcher.dispatchPassed();

        assertThat(accepted).isEqualTo(1);
        assertThat(sent).containsExactly(new ExpireEntryBanCommand(CASE_ID, null, BAN_ID, TODAY_IN_RIGA, Actor.SYSTEM,
                START_OF_TODAY_IN_RIGA));
        assertThat(schedule.entries()).isEmpty();
    }

    @Test
    void aDeadlineWhoseLastDayIsTodayInRigaIsNotDispatched() {
        ScheduledDeadline lastDayToday = new ScheduledDeadline(DeadlineKind.VOLUNTARY_DEPARTURE, CASE_ID, DECISION_ID,
                TODAY_IN_RIGA);
        schedule.schedule(lastDayToday);

        int accepted = dispatcher.dispatchPassed();

        assertThat(accepted).isZero();
        assertThat(sent).isEmpty();
        assertThat(schedule.entries()).containsExactly(lastDayToday);
    }

    @Test
    void passedDeadlinesAreDispatchedOldestFirst() {
        ScheduledDeadline older = new ScheduledDeadline(DeadlineKind.ENTRY_BAN_END, CASE_ID, BAN_ID,
                LocalDate.of(2025, 3, 1));
        schedule.schedule(DEPARTURE_DEADLINE_PASSED);
        schedule.schedule(older);

        int accepted = dispatcher.dispatchPassed();

        assertThat(accepted).isEqualTo(2);
        assertThat(sent).extracting(Object::getClass)
                .containsExactly(ExpireEntryBanCommand.class, RecordMissedDepartureDeadlineCommand.class);
    }

    @Test
    void aCommandRefusedByARuleDropsTheEntry() {
        handler = command -> {
            throw Rule.DEPARTURE_DEADLINE_NOT_MISSED.violation("The person left");
        };
        schedule.schedule(DEPARTURE_DEADLINE_PASSED);

        int accepted = dispatcher.dispatchPassed();

        assertThat(accepted).isZero();
        assertThat(sent).hasSize(1);
        assertThat(schedule.entries()).isEmpty();
    }

    @Test
    void aRefusalCarriedAcrossTheBusAsRefusalDetailsDropsTheEntry() {
        handler = command -> {
            throw new CommandExecutionException("The ban was lifted", null,
                    new RefusalDetails(Rule.ENTRY_BAN_NOT_DUE_TO_EXPIRE.name(), "The ban was lifted"));
        };
        schedule.schedule(BAN_END_PASSED);

        int accepted = dispatcher.dispatchPassed();

        assertThat(accepted).isZero();
        assertThat(schedule.entries()).isEmpty();
    }

    @Test
    void anyOtherFailureKeepsTheEntryForTheNextRound() {
        handler = command -> {
            throw new IllegalStateException("event store unavailable");
        };
        schedule.schedule(DEPARTURE_DEADLINE_PASSED);

        int accepted = dispatcher.dispatchPassed();

        assertThat(accepted).isZero();
        assertThat(schedule.entries()).containsExactly(DEPARTURE_DEADLINE_PASSED);
    }

    @Test
    void aFailureWithoutRefusalDetailsKeepsTheEntry() {
        handler = command -> {
            throw new CommandExecutionException("remote node down", null, null);
        };
        schedule.schedule(BAN_END_PASSED);

        dispatcher.dispatchPassed();

        assertThat(schedule.entries()).containsExactly(BAN_END_PASSED);
    }

    @Test
    void anotherFailureEndsTheRoundLeavingLaterEntriesForTheNextOne() {
        handler = command -> {
            throw new IllegalStateException("event store unavailable");
        };
        schedule.schedule(DEPARTURE_DEADLINE_PASSED);
        schedule.schedule(BAN_END_PASSED);

        dispatcher.dispatchPassed();

        assertThat(sent).hasSize(1);
        assertThat(schedule.entries()).containsExactlyInAnyOrder(DEPARTURE_DEADLINE_PASSED, BAN_END_PASSED);
    }

    @Test
    void theNextRoundRetriesAnEntryThatFailed() {
        handler = command -> {
            throw new IllegalStateException("event store unavailable");
        };
        schedule.schedule(DEPARTURE_DEADLINE_PASSED);
        dispatcher.dispatchPassed();
        handler = command -> null;

        int accepted = dispatcher.dispatchPassed();

        assertThat(accepted).isEqualTo(1);
        assertThat(schedule.entries()).isEmpty();
    }
}
