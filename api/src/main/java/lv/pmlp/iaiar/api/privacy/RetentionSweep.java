package lv.pmlp.iaiar.api.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.api.config.RegisterProperties;
import lv.pmlp.iaiar.command.person.ErasePersonalDataCommand;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.command.rules.RuleViolations;
import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.query.casefile.FindPersonsDueForErasureQuery;
import lv.pmlp.iaiar.query.casefile.PersonsDueForErasure;

/**
 * Erases the personal data of every person whose retention period has ended: everything about them settled
 * (so never while an appeal or a ban is pending) for longer than {@code register.retention.period}.
 */
@Component
public class RetentionSweep {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);
    private static final int BATCH = 500;

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Clock clock;
    private final RegisterProperties.Retention retention;

    RetentionSweep(QueryGateway queries, CommandGateway commands, Clock clock, RegisterProperties properties) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
        this.retention = properties.retention();
    }

    @Scheduled(fixedDelayString = "${register.retention.sweep-interval:PT6H}", initialDelayString = "${register.retention.initial-delay:PT1M}")
    public void sweepScheduled() {
        sweep();
    }

    /** Returns the persons erased in this sweep. */
    public List<String> sweep() {
        LocalDate today = LocalDate.now(clock.withZone(BusinessCalendar.ZONE));
        LocalDate settledBy = today.minus(retention.period());
        List<String> due = queries.query(new FindPersonsDueForErasureQuery(settledBy, BATCH), PersonsDueForErasure.class)
                .join().personIds();
        List<String> erased = due.stream().filter(personId -> erase(personId, settledBy)).toList();
        if (!erased.isEmpty()) {
            log.info("Erased the personal data of {} persons settled on or before {}", erased.size(), settledBy);
        }
        return erased;
    }

    private boolean erase(String personId, LocalDate settledBy) {
        try {
            commands.sendAndWait(new ErasePersonalDataCommand(personId,
                    "Retention period " + retention.period() + " ended (settled on or before " + settledBy + ")",
                    Actor.SYSTEM, clock.instant()));
            return true;
        } catch (RuntimeException failure) {
            if (RuleViolations.unwrap(failure).isEmpty()) {
                log.warn("Could not erase person {}; will retry", personId, failure);
            }
            return false;
        }
    }
}
