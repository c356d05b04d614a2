package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;
import java.time.LocalDate;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** The reviewing authority or court decided a contest or appeal. */
@SchemaVersion("1")
public record AppealDecidedEvent(
        String caseId,
        String personId,
        String appealId,
        String decisionId,
        AppealOutcome outcome,
        LocalDate decidedOn,
        String reference,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
