package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;
import java.time.Period;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;


/** Adds an entry ban to a departure order that has not been served yet. */
public record ImposeEntryBanCommand(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String decisionId,
        String banId,
        Period duration,
        String legalBasis,
        Actor actor,
        Instant occurredAt) {
}
