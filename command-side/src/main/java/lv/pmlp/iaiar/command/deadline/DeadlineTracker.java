package lv.pmlp.iaiar.command.deadline;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.events.returncase.DecisionAnnulledEvent;
import lv.pmlp.iaiar.events.returncase.DecisionWithdrawnEvent;
import lv.pmlp.iaiar.events.returncase.DepartureConfirmedEvent;
import lv.pmlp.iaiar.events.returncase.DepartureOrderIssuedEvent;
import lv.pmlp.iaiar.events.returncase.DepartureOrderSupersededEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanActivatedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanExpiredEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanLiftedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanShortenedEvent;
import lv.pmlp.iaiar.events.returncase.VoluntaryDepartureDeadlineMissedEvent;

/** Keeps the deadline schedule in step with the log. Every handler is an idempotent upsert or delete. */
@Component
@ProcessingGroup(DeadlineTracker.PROCESSING_GROUP)
class DeadlineTracker {

    static final String PROCESSING_GROUP = "deadline-schedule";

    private final DeadlineSchedule schedule;

    DeadlineTracker(DeadlineSchedule schedule) {
        this.schedule = schedule;
    }

    @EventHandler
    void on(DepartureOrderIssuedEvent event) {
        schedule.schedule(new ScheduledDeadline(DeadlineKind.VOLUNTARY_DEPARTURE, event.caseId(), event.decisionId(),
                event.departureDeadline()));
    }

    @EventHandler
    void on(DepartureConfirmedEvent event) {
        cancelDeparture(event.decisionId());
    }

    @EventHandler
    void on(DepartureOrderSupersededEvent event) {
        cancelDeparture(event.decisionId());
    }

    @EventHandler
    void on(DecisionWithdrawnEvent event) {
        cancelDeparture(event.decisionId());
    }

    @EventHandler
    void on(DecisionAnnulledEvent event) {
        cancelDeparture(event.decisionId());
    }

    @EventHandler
    void on(VoluntaryDepartureDeadlineMissedEvent event) {
        cancelDeparture(event.decisionId());
    }

    @EventHandler
    void on(EntryBanActivatedEvent event) {
        schedule.schedule(new ScheduledDeadline(DeadlineKind.ENTRY_BAN_END, event.caseId(), event.banId(), event.endsOn()));
    }

    @EventHandler
    void on(EntryBanShortenedEvent event) {
        if (event.endsOn() != null) {
            schedule.schedule(new ScheduledDeadline(DeadlineKind.ENTRY_BAN_END, event.caseId(), event.banId(), event.endsOn()));
        }
    }

    @EventHandler
    void on(EntryBanLiftedEvent event) {
        schedule.cancel(ScheduledDeadline.idOf(DeadlineKind.ENTRY_BAN_END, event.banId()));
    }

    @EventHandler
    void on(EntryBanExpiredEvent event) {
        schedule.cancel(ScheduledDeadline.idOf(DeadlineKind.ENTRY_BAN_END, event.banId()));
    }

    @ResetHandler
    void onReset() {
        schedule.clear();
    }

    private void cancelDeparture(String decisionId) {
        schedule.cancel(ScheduledDeadline.idOf(DeadlineKind.VOLUNTARY_DEPARTURE, decisionId));
    }
}
