package lv.pmlp.iaiar.projections.boards;

import java.time.Instant;

import org.springframework.data.annotation.Id;

import lv.pmlp.iaiar.events.Institution;

/**
 * One item waiting for a supervisor's second pair of eyes: a DECISION the four-eyes policy holds back, or a
 * clerical CORRECTION. {@code id} is the decision's or the correction's id; {@code subject} says what is to be
 * approved (the decision number, or the corrected event and detail); {@code requestedBy} may not approve it.
 * {@code state} is PENDING, then DONE once approved, rejected, withdrawn or otherwise settled.
 */
public record PendingApprovalEntry(
        @Id String id,
        String kind,
        String personId,
        String caseId,
        String caseNumber,
        Institution institution,
        String subject,
        String requestedBy,
        Instant requestedAt,
        String state,
        long caseVersion) {

    public static final String COLLECTION = "pending_approvals";
    public static final String DECISION = "DECISION";
    public static final String CORRECTION = "CORRECTION";
    public static final String PENDING = "PENDING";
    public static final String DONE = "DONE";

    PendingApprovalEntry done(long version) {
        return new PendingApprovalEntry(id, kind, personId, caseId, caseNumber, institution, subject, requestedBy, requestedAt,
                DONE, version);
    }
}
