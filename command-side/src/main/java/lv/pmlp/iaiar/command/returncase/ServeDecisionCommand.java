package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;


/** Records that a decision was handed to the person. */
public record ServeDecisionCommand(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String decisionId,
        LocalDate servedOn,
        String language,
        boolean interpreterUsed,
        Actor actor,
        Instant occurredAt) {
}
