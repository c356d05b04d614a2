package lv.pmlp.iaiar.query.boards;

import java.time.LocalDate;

/**
 * Voluntary-departure deadlines: {@code DUE} lists pending ones ending within {@code withinDays} of today;
 * {@code MISSED} lists those that passed without a departure (recorded by the timer, or passed and not yet
 * recorded).
 */
public record FindDepartureDeadlinesQuery(Status status, LocalDate today, int withinDays, int page, int size) {

    public enum Status {
        DUE,
        MISSED
    }
}
