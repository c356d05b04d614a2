package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** Enforcement of a suspended decision resumed. */
@SchemaVersion("1")
public record EnforcementResumedEvent(
        String caseId,
        String personId,
        String decisionId,
        String note,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
