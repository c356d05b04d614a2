package lv.pmlp.iaiar.command.returncase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.returncase.ReturnGround;

/** Issues a departure order; {@code entryBan} is optional and, when given, {@code banId} names it. */
public record IssueDepartureOrderCommand(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String decisionId,
        LocalDate issuedOn,
        int voluntaryDepartureDays,
        Period entryBan,
        String banId,
        Set<ReturnGround> grounds,
        String legalBasis,
        Actor actor,
        Instant occurredAt) {
}
