package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;


/** Sent by the register's timer once a running ban's last day is behind {@code asOf}. */
public record ExpireEntryBanCommand(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String banId,
        LocalDate asOf,
        Actor actor,
        Instant occurredAt) {
}
