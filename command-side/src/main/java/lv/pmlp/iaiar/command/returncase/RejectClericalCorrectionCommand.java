package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;

/** The second supervisor rejects a proposed clerical correction, giving the reason. */
public record RejectClericalCorrectionCommand(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String correctionId,
        String reason,
        Actor actor,
        Instant occurredAt) {
}
