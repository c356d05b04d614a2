package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/**
 * A supervisor other than the issuer must approve the decision before it is served or enforced: the four-eyes
 * policy in force on its issue date names its type, or the case records an unaccompanied minor. Recorded with the decision, so a later change of policy never
 * changes what an existing decision needs.
 */
@SchemaVersion("1")
public record DecisionApprovalRequiredEvent(
        String caseId,
        String personId,
        String decisionId,
        DecisionType decisionType,
        ApprovalReason reason,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
