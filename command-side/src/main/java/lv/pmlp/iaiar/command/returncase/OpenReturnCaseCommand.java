package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.returncase.ReturnGround;

/**
 * Opens a case for a person found staying illegally; {@code caseNumber} is allocated by the caller.
 *
 * @param unaccompaniedMinor whether the foreigner is an unaccompanied minor; null when not known (statistics only)
 */
public record OpenReturnCaseCommand(
        @TargetAggregateIdentifier String caseId,
        String caseNumber,
        String personId,
        Set<ReturnGround> grounds,
        LocalDate detectedOn,
        String legalBasis,
        Actor actor,
        Instant occurredAt,
        Boolean unaccompaniedMinor) {

    public OpenReturnCaseCommand(String caseId, String caseNumber, String personId, Set<ReturnGround> grounds,
                                 LocalDate detectedOn, String legalBasis, Actor actor, Instant occurredAt) {
        this(caseId, caseNumber, personId, grounds, detectedOn, legalBasis, actor, occurredAt, null);
    }
}
