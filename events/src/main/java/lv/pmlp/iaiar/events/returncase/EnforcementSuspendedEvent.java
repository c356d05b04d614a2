package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** Enforcement of a decision is suspended; removal is not allowed until it resumes. */
@SchemaVersion("1")
public record EnforcementSuspendedEvent(
        String caseId,
        String personId,
        String decisionId,
        SuspensionReason reason,
        String note,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
