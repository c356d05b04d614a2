package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/**
 * An officer or supervisor proposed to correct a clerical error in an earlier event of the case; a second
 * supervisor decides (four eyes). The event referred to is named by its id and its position in the case's
 * stream; {@code subjectId} is the case, decision or appeal whose detail it recorded.
 */
@SchemaVersion("1")
public record ClericalCorrectionProposedEvent(
        String caseId,
        String personId,
        String correctionId,
        String correctedEventId,
        long correctedSequence,
        String correctedEventType,
        String subjectId,
        CorrectableField field,
        String previousValue,
        String correctedValue,
        String reason,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
