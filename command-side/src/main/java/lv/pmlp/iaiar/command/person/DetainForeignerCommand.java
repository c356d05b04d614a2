package lv.pmlp.iaiar.command.person;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;

/** {@code occurredAt} is the moment custody began. */
public record DetainForeignerCommand(
        @TargetAggregateIdentifier String personId,
        @TargetAggregateVersion Long expectedVersion,
        String detentionId,
        String returnCaseId,
        String legalBasis,
        String place,
        LocalDate authorisedUntil,
        Actor actor,
        Instant occurredAt) {
}
