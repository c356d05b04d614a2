package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;
import java.time.LocalDate;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** The person was seen to leave (exit check or evidence); the decision is executed. */
@SchemaVersion("1")
public record DepartureConfirmedEvent(
        String caseId,
        String personId,
        String decisionId,
        LocalDate departedOn,
        String borderCrossingPoint,
        String destinationCountry,
        ReturnAssistance assistance,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
