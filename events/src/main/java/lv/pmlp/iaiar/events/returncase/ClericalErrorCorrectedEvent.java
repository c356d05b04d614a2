package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/**
 * A supervisor other than the proposer approved a clerical correction: from now on {@code field} of the event
 * at {@code correctedSequence} reads {@code correctedValue}. The corrected event itself is never changed;
 * auditors see both. {@code actor} approved, {@code proposedBy} proposed.
 */
@SchemaVersion("1")
public record ClericalErrorCorrectedEvent(
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
        Actor proposedBy,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
