package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.returncase.ReturnAssistance;

/** Records that the person left; the decision is executed and its ban starts running. */
public record ConfirmDepartureCommand(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String decisionId,
        LocalDate departedOn,
        String borderCrossingPoint,
        String destinationCountry,
        ReturnAssistance assistance,
        Actor actor,
        Instant occurredAt) {
}
