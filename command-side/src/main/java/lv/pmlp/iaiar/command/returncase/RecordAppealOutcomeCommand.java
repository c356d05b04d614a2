package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.returncase.AppealOutcome;

/** Records how an appeal ended; {@code amendedEntryBan} may shorten the ban when the outcome is AMENDED. */
public record RecordAppealOutcomeCommand(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String appealId,
        AppealOutcome outcome,
        LocalDate decidedOn,
        String reference,
        Period amendedEntryBan,
        Actor actor,
        Instant occurredAt) {
}
