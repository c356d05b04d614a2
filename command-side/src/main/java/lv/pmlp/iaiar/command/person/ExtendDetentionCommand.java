package lv.pmlp.iaiar.command.person;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;

public record ExtendDetentionCommand(
        @TargetAggregateIdentifier String personId,
        @TargetAggregateVersion Long expectedVersion,
        String detentionId,
        LocalDate authorisedUntil,
        String courtReference,
        String legalBasis,
        Actor actor,
        Instant occurredAt) {
}
