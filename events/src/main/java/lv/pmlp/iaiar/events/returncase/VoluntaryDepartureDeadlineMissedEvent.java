package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;
import java.time.LocalDate;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** The voluntary departure deadline passed without a recorded departure; recorded by the register's timer. */
@SchemaVersion("1")
public record VoluntaryDepartureDeadlineMissedEvent(
        String caseId,
        String personId,
        String decisionId,
        LocalDate deadline,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
