package lv.pmlp.iaiar.projections.casefile;

import java.time.Instant;

import lv.pmlp.iaiar.events.returncase.CorrectableField;

/**
 * A clerical correction of one detail of an earlier event of the case: PENDING until a second supervisor
 * decides, then APPLIED or REJECTED. The corrected event stays in the audit trail as recorded.
 */
public record CorrectionView(
        String correctionId,
        String correctedEventId,
        long correctedSequence,
        String correctedEventType,
        String subjectId,
        CorrectableField field,
        String previousValue,
        String correctedValue,
        String reason,
        String state,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String rejectionReason) {

    public static final String PENDING = "PENDING";
    public static final String APPLIED = "APPLIED";
    public static final String REJECTED = "REJECTED";

    CorrectionView decided(String newState, String by, Instant at, String rejection) {
        return new CorrectionView(correctionId, correctedEventId, correctedSequence, correctedEventType, subjectId, field,
                previousValue, correctedValue, reason, newState, proposedBy, proposedAt, by, at, rejection);
    }
}
