package lv.pmlp.iaiar.query.boards;

import java.time.LocalDate;

import lv.pmlp.iaiar.events.person.PersonNames;

/**
 * A row of the detention board. {@code daysInDetention} counts this detention's days up to today;
 * {@code maximumReachedOn} is the last day the cumulative maximum in force allows for its return procedure,
 * counting the days of earlier detentions in the same case.
 */
public record DetainedPerson(
        String detentionId,
        String personId,
        PersonNames names,
        String returnCaseId,
        String place,
        LocalDate detainedOn,
        long daysInDetention,
        LocalDate authorisedUntil,
        LocalDate maximumReachedOn) {
}
