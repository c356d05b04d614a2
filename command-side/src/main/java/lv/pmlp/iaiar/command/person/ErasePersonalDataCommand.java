package lv.pmlp.iaiar.command.person;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import lv.pmlp.iaiar.events.Actor;

/** Sent by the retention process when a person's retention period has ended. */
public record ErasePersonalDataCommand(
        @TargetAggregateIdentifier String personId,
        String reason,
        Actor actor,
        Instant occurredAt) {
}
