package lv.pmlp.iaiar.command.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import org.junit.jupiter.api.Test;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.returncase.BanLiftReason;
import lv.pmlp.iaiar.events.returncase.DecisionAnnulledEvent;
import lv.pmlp.iaiar.events.returncase.DecisionWithdrawnEvent;
import lv.pmlp.iaiar.events.returncase.DepartureConfirmedEvent;
import lv.pmlp.iaiar.events.returncase.DepartureOrderIssuedEvent;
import lv.pmlp.iaiar.events.returncase.DepartureOrderSupersededEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanActivatedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanExpiredEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanLiftedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanShortenedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnAssistance;
import lv.pmlp.iaiar.events.returncase.ReturnGround;
import lv.pmlp.iaiar.events.returncase.VoluntaryDepartureDeadlineMissedEvent;

class DeadlineTrackerTest {

    static final Actor VRS_OFFICER = new Actor("vrs-officer-1", Institution.VRS, "Rīgas pārvalde", Role.OFFICER);
    static final String CASE_ID = "case-1";
    static final String PERSON_ID = "person-1";
    static final String DECISION_ID = "decision-1";
    static final String BAN_ID = "ban-1";
    static final Instant AT = Instant.parse("2024-03-04T08:00:00Z");
    static final LocalDate ISSUED_ON = LocalDate.of(2024, 3, 4);
    static final LocalDate DEADLINE = LocalDate.of(2024, 4, 3);
    static final LocalDate DEPARTED_ON = LocalDate.of(2024, 3, 20);
    static final LocalDate BAN_ENDS_ON = LocalDate.of(2027, 3, 19);

    static final ScheduledDeadline DEPARTURE_DEADLINE =
            new ScheduledDeadline(DeadlineKind.VOLUNTARY_DEPARTURE, CASE_ID, DECISION_ID, DEADLINE);
    static final ScheduledDeadline BAN_END = new ScheduledDeadline(DeadlineKind.ENTRY_BAN_END, CASE_ID, BAN_ID, BAN_ENDS_ON);

    private final InMemoryDeadlineSchedule schedule = new InMemoryDeadlineSchedule();
    private final DeadlineTracker tracker = new DeadlineTracker(schedule);

    static DepartureOrderIssuedEvent orderIssued() {
        return new DepartureOrderIssuedEvent(CASE_ID, PERSON_ID, DECISION_ID, "VRS-2024-0001/1", ISSUED_ON, 30, DEADLINE,
                Set.of(ReturnGround.VISA_OVERSTAY), "Imigrācijas likums", VRS_OFFICER, AT);
    }

    static EntryBanActivatedEvent banActivated() {
        return new EntryBanActivatedEvent(CASE_ID, PERSON_ID, BAN_ID, DEPARTED_ON, BAN_ENDS_ON, VRS_OFFICER, AT);
    }

    @Test
    void anIssuedDepartureOrderSchedulesItsDeadline() {
        tracker.on(orderIssued());

        assertThat(schedule.entries()).containsExactly(DEPARTURE_DEADLINE);
    }

    @Test
    void replayingTheSameOrderKeepsOneEntry() {
        tracker.on(orderIssued());
        tracker.on(orderIssued());

        assertThat(schedule.entries()).containsExactly(DEPARTURE_DEADLINE);
    }

    @Test
    void aConfirmedDepartureCancelsTheDeadline() {
        tracker.on(orderIssued());

        tracker.on(new DepartureConfirmedEvent(CASE_ID, PERSON_ID, DECISION_ID, DEPARTED_ON, "Terehova", "RU",
                ReturnAssistance.NOT_ASSISTED, VRS_OFFICER, AT));

        assertThat(schedule.entries()).isEmpty();
    }

    @Test
    void aSupersededOrderCancelsTheDeadline() {
        tracker.on(orderIssued());

        tracker.on(new DepartureOrderSupersededEvent(CASE_ID, PERSON_ID, DECISION_ID, "decision-2", VRS_OFFICER, AT));

        assertThat(schedule.entries()).isEmpty();
    }

    @Test
    void aWithdrawnOrderCancelsTheDeadline() {
        tracker.on(orderIssued());

        tracker.on(new DecisionWithdrawnEvent(CASE_ID, PERSON_ID, DECISION_ID, "Residence permit granted", VRS_OFFICER, AT));

        assertThat(schedule.entries()).isEmpty();
    }

    @Test
    void anAnnulledOrderCancelsTheDeadline() {
        tracker.on(orderIssued());

        tracker.on(new DecisionAnnulledEvent(CASE_ID, PERSON_ID, DECISION_ID, "appeal-1", VRS_OFFICER, AT));

        assertThat(schedule.entries()).isEmpty();
    }

    @Test
    void aMissedDeadlineIsNotScheduledAgain() {
        tracker.on(orderIssued());

        tracker.on(new VoluntaryDepartureDeadlineMissedEvent(CASE_ID, PERSON_ID, DECISION_ID, DEADLINE, Actor.SYSTEM, AT));

        assertThat(schedule.entries()).isEmpty();
    }

    @Test
    void anActivatedBanSchedulesItsEndDate() {
        tracker.on(banActivated());

        assertThat(schedule.entries()).containsExactly(BAN_END);
    }

    @Test
    void shorteningARunningBanReschedulesItsEnd() {
        tracker.on(banActivated());

        tracker.on(new EntryBanShortenedEvent(CASE_ID, PERSON_ID, BAN_ID, Period.ofYears(2), LocalDate.of(2026, 3, 19),
                "Family ties", VRS_OFFICER, AT));

        assertThat(schedule.entries()).containsExactly(
                new ScheduledDeadline(DeadlineKind.ENTRY_BAN_END, CASE_ID, BAN_ID, LocalDate.of(2026, 3, 19)));
    }

    @Test
    void shorteningAPendingBanSchedulesNothing() {
        tracker.on(new EntryBanShortenedEvent(CASE_ID, PERSON_ID, BAN_ID, Period.ofYears(2), null, "Family ties",
                VRS_OFFICER, AT));

        assertThat(schedule.entries()).isEmpty();
    }

    @Test
    void aLiftedBanIsCancelled() {
        tracker.on(banActivated());

        tracker.on(new EntryBanLiftedEvent(CASE_ID, PERSON_ID, BAN_ID, BanLiftReason.HUMANITARIAN, "Serious illness",
                VRS_OFFICER, AT));

        assertThat(schedule.entries()).isEmpty();
    }

    @Test
    void anExpiredBanIsCancelled() {
        tracker.on(banActivated());

        tracker.on(new EntryBanExpiredEvent(CASE_ID, PERSON_ID, BAN_ID, BAN_ENDS_ON, Actor.SYSTEM, AT));

        assertThat(schedule.entries()).isEmpty();
    }

    @Test
    void cancellingOneDeadlineLeavesTheOthers() {
        tracker.on(orderIssued());
        tracker.on(banActivated());

        tracker.on(new EntryBanLiftedEvent(CASE_ID, PERSON_ID, BAN_ID, BanLiftReason.HUMANITARIAN, "Serious illness",
                VRS_OFFICER, AT));

        assertThat(schedule.entries()).containsExactly(DEPARTURE_DEADLINE);
    }

    @Test
    void aResetClearsTheSchedule() {
        tracker.on(orderIssued());
        tracker.on(banActivated());

        tracker.onReset();

        assertThat(schedule.entries()).isEmpty();
    }
}
