package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.returncase.AppealType;

/** Records a contest or court appeal against a served decision. */
public record LodgeAppealCommand(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String appealId,
        String decisionId,
        AppealType type,
        String body,
        LocalDate filedOn,
        Actor actor,
        Instant occurredAt) {
}
