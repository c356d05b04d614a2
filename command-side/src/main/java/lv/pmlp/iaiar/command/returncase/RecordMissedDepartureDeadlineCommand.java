package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;


/** Sent by the register's timer once a departure deadline is behind {@code asOf} with no departure recorded. */
public record RecordMissedDepartureDeadlineCommand(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String decisionId,
        LocalDate asOf,
        Actor actor,
        Instant occurredAt) {
}
