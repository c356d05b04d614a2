package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;

/** A supervisor other than the issuer approves a decision that the four-eyes policy holds back. */
public record ApproveDecisionCommand(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String decisionId,
        String note,
        Actor actor,
        Instant occurredAt) {
}
