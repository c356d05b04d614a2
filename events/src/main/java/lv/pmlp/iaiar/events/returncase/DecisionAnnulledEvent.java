package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** A decision was annulled on appeal; it no longer has any effect. */
@SchemaVersion("1")
public record DecisionAnnulledEvent(
        String caseId,
        String personId,
        String decisionId,
        String appealId,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
