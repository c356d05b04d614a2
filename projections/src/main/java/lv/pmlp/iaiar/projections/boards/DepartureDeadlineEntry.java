package lv.pmlp.iaiar.projections.boards;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;

import lv.pmlp.iaiar.events.Institution;

/**
 * A departure order's voluntary-departure deadline. {@code state}: PENDING, MET (the person left), MISSED
 * (recorded by the timer) or CLOSED (the order was superseded, withdrawn or annulled).
 */
public record DepartureDeadlineEntry(
        @Id String decisionId,
        String personId,
        String caseId,
        String caseNumber,
        String decisionNumber,
        Institution institution,
        LocalDate issuedOn,
        LocalDate deadline,
        String state,
        long caseVersion) {

    public static final String COLLECTION = "departure_deadlines";

    DepartureDeadlineEntry withState(String newState, long version) {
        return new DepartureDeadlineEntry(decisionId, personId, caseId, caseNumber, decisionNumber, institution, issuedOn,
                deadline, newState, version);
    }
}
