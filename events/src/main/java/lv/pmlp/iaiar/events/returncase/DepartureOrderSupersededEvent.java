package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** A departure order stopped being in force because a forced expulsion decision replaced it. */
@SchemaVersion("1")
public record DepartureOrderSupersededEvent(
        String caseId,
        String personId,
        String decisionId,
        String supersededByDecisionId,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
