package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;
import java.time.Period;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;


/** Shortens an entry ban to a new total length; never lengthens. */
public record ShortenEntryBanCommand(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String banId,
        Period duration,
        String reason,
        Actor actor,
        Instant occurredAt) {
}
