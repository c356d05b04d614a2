package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** A departure order obliges the person to leave voluntarily by {@code departureDeadline}. */
@SchemaVersion("1")
public record DepartureOrderIssuedEvent(
        String caseId,
        String personId,
        String decisionId,
        String decisionNumber,
        LocalDate issuedOn,
        int voluntaryDepartureDays,
        LocalDate departureDeadline,
        Set<ReturnGround> grounds,
        String legalBasis,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
