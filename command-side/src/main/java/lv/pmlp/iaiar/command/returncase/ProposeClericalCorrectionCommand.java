package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.returncase.CorrectableField;

/**
 * Proposes to correct a clerical error in the event at {@code correctedSequence} of the case's stream
 * ({@code correctedEventId} names the same event in the log). Takes effect only when another supervisor
 * approves it.
 */
public record ProposeClericalCorrectionCommand(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String correctionId,
        String correctedEventId,
        long correctedSequence,
        CorrectableField field,
        String correctedValue,
        String reason,
        Actor actor,
        Instant occurredAt) {
}
