package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** A supervisor other than the proposer rejected a proposed clerical correction; the record stays as it was. */
@SchemaVersion("1")
public record ClericalCorrectionRejectedEvent(
        String caseId,
        String personId,
        String correctionId,
        String reason,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
