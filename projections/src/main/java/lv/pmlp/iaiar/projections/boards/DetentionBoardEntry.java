package lv.pmlp.iaiar.projections.boards;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;

/**
 * One detention, open or ended; ended ones stay so that the days already spent in the same return procedure
 * count towards the maximum of the next one.
 */
public record DetentionBoardEntry(
        @Id String detentionId,
        String personId,
        String returnCaseId,
        String place,
        Instant detainedAt,
        LocalDate detainedOn,
        LocalDate authorisedUntil,
        LocalDate releasedOn,
        long personVersion) {

    public static final String COLLECTION = "detention_board";

    public boolean isOpen() {
        return releasedOn == null;
    }
}
