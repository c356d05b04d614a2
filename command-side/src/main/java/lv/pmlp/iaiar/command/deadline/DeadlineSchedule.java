package lv.pmlp.iaiar.command.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * Where pending deadlines are kept. Implementations must be durable and idempotent: scheduling the same
 * deadline twice keeps one entry, cancelling an unknown one does nothing.
 */
public interface DeadlineSchedule {

    void schedule(ScheduledDeadline deadline);

    void cancel(String deadlineId);

    /** Deadlines whose last day is before {@code today}, oldest first. */
    List<ScheduledDeadline> passedBefore(LocalDate today, int limit);

    /** Forgets everything; used when the schedule is rebuilt from the log. */
    void clear();
}
