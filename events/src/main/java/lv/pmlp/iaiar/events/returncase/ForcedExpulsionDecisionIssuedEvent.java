package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** A forced expulsion decision orders removal. {@code supersededDecisionId} names the departure order it replaced, if any. */
@SchemaVersion("1")
public record ForcedExpulsionDecisionIssuedEvent(
        String caseId,
        String personId,
        String decisionId,
        String decisionNumber,
        LocalDate issuedOn,
        Set<ReturnGround> grounds,
        String legalBasis,
        String supersededDecisionId,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
