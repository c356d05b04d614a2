package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.returncase.ReturnGround;

/** Opens a case for a person found staying illegally; {@code caseNumber} is allocated by the caller. */
public record OpenReturnCaseCommand(
        @TargetAggregateIdentifier String caseId,
        String caseNumber,
        String personId,
        Set<ReturnGround> grounds,
        LocalDate detectedOn,
        String legalBasis,
        Actor actor,
        Instant occurredAt) {
}
