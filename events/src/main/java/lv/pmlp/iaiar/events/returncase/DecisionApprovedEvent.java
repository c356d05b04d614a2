package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** A supervisor other than the issuer approved a decision that needed four eyes; it may now be served. */
@SchemaVersion("1")
public record DecisionApprovedEvent(
        String caseId,
        String personId,
        String decisionId,
        String note,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
