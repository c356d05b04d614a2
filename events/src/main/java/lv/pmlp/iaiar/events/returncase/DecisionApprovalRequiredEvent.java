package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/**
 * The four-eyes policy in force on the decision's issue date requires a supervisor other than the issuer to
 * approve it before it is served or enforced. Recorded with the decision, so a later change of policy never
 * changes what an existing decision needs.
 */
@SchemaVersion("1")
public record DecisionApprovalRequiredEvent(
        String caseId,
        String personId,
        String decisionId,
        DecisionType decisionType,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
