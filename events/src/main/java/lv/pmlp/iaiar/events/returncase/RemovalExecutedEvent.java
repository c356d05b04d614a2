package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;
import java.time.LocalDate;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** The State Border Guard removed the person; the decision is executed. */
@SchemaVersion("1")
public record RemovalExecutedEvent(
        String caseId,
        String personId,
        String decisionId,
        LocalDate removedOn,
        String borderCrossingPoint,
        String destinationCountry,
        boolean escorted,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
