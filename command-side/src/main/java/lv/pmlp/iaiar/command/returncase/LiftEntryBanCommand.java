package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.returncase.BanLiftReason;

/** Lifts an entry ban before its end. */
public record LiftEntryBanCommand(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String banId,
        BanLiftReason reason,
        String note,
        Actor actor,
        Instant occurredAt) {
}
