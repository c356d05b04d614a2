package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** The issuing institution withdrew its decision. */
@SchemaVersion("1")
public record DecisionWithdrawnEvent(
        String caseId,
        String personId,
        String decisionId,
        String reason,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
