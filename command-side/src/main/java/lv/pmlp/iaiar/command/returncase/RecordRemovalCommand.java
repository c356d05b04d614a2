package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;


/** Records that the State Border Guard removed the person under a forced expulsion decision. */
public record RecordRemovalCommand(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String decisionId,
        LocalDate removedOn,
        String borderCrossingPoint,
        String destinationCountry,
        boolean escorted,
        Actor actor,
        Instant occurredAt) {
}
