package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;

/** The second supervisor approves a proposed clerical correction, which then takes effect. */
public record ApproveClericalCorrectionCommand(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String correctionId,
        Actor actor,
        Instant occurredAt) {
}
