package lv.pmlp.iaiar.projections.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;

import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.returncase.DecisionType;
import lv.pmlp.iaiar.events.returncase.ReturnGround;

/**
 * One event as the statistics see it, keyed by the event's id so that writing it again changes nothing.
 * Periods are kept as ISO strings ({@code 2026-03-15}, {@code 2026-03}, {@code 2026-Q1}, {@code 2026}) so that
 * grouping needs no date arithmetic in the store and no time zone can shift a day.
 *
 * @param kinds       what the event counts as; empty for acts that only count as workload
 * @param day         the business date the fact took effect (the decision's issue date, the departure day, ...)
 * @param recordedAt  when the register recorded it; "as known at T" keeps facts recorded at or before T
 * @param institution the competent institution (the case's), or the actor's for acts outside a case
 * @param unit        the unit that acted (for the register's own timers, the unit that opened the case)
 * @param userId      who acted; {@code system} for the register's timers
 * @param citizenship the person's citizenship for the national figures (see {@link EilCodes#citizen}), corrected
 *                    when the person's data is amended
 * @param detail      the breakdown the national figures show: appeal type or outcome, suspension reason, type of
 *                    return (VOLUNT, ENFORCE) or entry ban duration band
 * @param days        detention length (ended detentions, both ends counted) or days from case opening to decision
 * @param unaccompaniedMinor whether the case records the foreigner as an unaccompanied minor; null when unknown or
 *                    outside a case
 */
public record StatisticalFact(
        @Id String eventId,
        String eventType,
        List<FactKind> kinds,
        String personId,
        String caseId,
        String decisionId,
        String day,
        String month,
        String quarter,
        String year,
        Instant recordedAt,
        Institution institution,
        String unit,
        String userId,
        Role role,
        String citizenship,
        DecisionType decisionType,
        List<ReturnGround> grounds,
        String detail,
        String destination,
        String returnType,
        String assistance,
        Long days,
        Boolean unaccompaniedMinor) {

    public static final String COLLECTION = "statistics_facts";

    public LocalDate date() {
        return LocalDate.parse(day);
    }

    public static String monthOf(LocalDate date) {
        return date.toString().substring(0, 7);
    }

    public static String quarterOf(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    StatisticalFact withCitizenship(String corrected) {
        return new StatisticalFact(eventId, eventType, kinds, personId, caseId, decisionId, day, month, quarter, year,
                recordedAt, institution, unit, userId, role, corrected, decisionType, grounds, detail, destination,
                returnType, assistance, days, unaccompaniedMinor);
    }
}
