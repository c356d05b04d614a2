package lv.pmlp.iaiar.command.deadline;

import java.time.LocalDate;

/**
 * A date the register must act on once it has passed: the command is due on the first day after
 * {@code lastDay}. {@code subjectId} is the decision or entry ban concerned.
 */
public record ScheduledDeadline(DeadlineKind kind, String caseId, String subjectId, LocalDate lastDay) {

    public String id() {
        return kind + ":" + subjectId;
    }

    public static String idOf(DeadlineKind kind, String subjectId) {
        return kind + ":" + subjectId;
    }
}
