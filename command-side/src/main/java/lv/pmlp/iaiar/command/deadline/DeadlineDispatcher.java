package lv.pmlp.iaiar.command.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.command.returncase.ExpireEntryBanCommand;
import lv.pmlp.iaiar.command.returncase.RecordMissedDepartureDeadlineCommand;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.command.rules.RuleViolation;
import lv.pmlp.iaiar.command.rules.RuleViolations;
import lv.pmlp.iaiar.events.Actor;

/**
 * Sends the command for every deadline that has passed. A refusal means the case moved on (the person left,
 * the ban was lifted), so the entry is dropped; any other failure keeps it for the next round.
 */
@Component
public class DeadlineDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeadlineDispatcher.class);
    private static final int BATCH = 500;

    private final DeadlineSchedule schedule;
    private final CommandGateway commands;
    private final Clock clock;

    DeadlineDispatcher(DeadlineSchedule schedule, CommandGateway commands, Clock clock) {
        this.schedule = schedule;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${register.deadlines.poll-interval:PT1M}", initialDelayString = "${register.deadlines.initial-delay:PT10S}")
    public void dispatchScheduled() {
        dispatchPassed();
    }

    /** Dispatches every passed deadline; returns how many commands were accepted. */
    public int dispatchPassed() {
        LocalDate today = LocalDate.now(clock.withZone(BusinessCalendar.ZONE));
        int accepted = 0;
        List<ScheduledDeadline> passed;
        do {
            passed = schedule.passedBefore(today, BATCH);
            for (ScheduledDeadline deadline : passed) {
                try {
                    commands.sendAndWait(commandFor(deadline, today));
                    accepted++;
                } catch (RuntimeException failure) {
                    Optional<RuleViolation> refusal = RuleViolations.unwrap(failure);
                    if (refusal.isEmpty()) {
                        log.warn("Deadline {} could not be recorded; will retry", deadline.id(), failure);
                        return accepted;
                    }
                    log.info("Deadline {} no longer applies: {}", deadline.id(), refusal.get().getMessage());
                }
                schedule.cancel(deadline.id());
            }
        } while (passed.size() == BATCH);
        return accepted;
    }

    private static Object commandFor(ScheduledDeadline deadline, LocalDate today) {
        return switch (deadline.kind()) {
            case VOLUNTARY_DEPARTURE -> new RecordMissedDepartureDeadlineCommand(deadline.caseId(), null,
                    deadline.subjectId(), today, Actor.SYSTEM, BusinessCalendar.startOf(deadline.lastDay().plusDays(1)));
            case ENTRY_BAN_END -> new ExpireEntryBanCommand(deadline.caseId(), null, deadline.subjectId(), today,
                    Actor.SYSTEM, BusinessCalendar.startOf(deadline.lastDay().plusDays(1)));
        };
    }
}
