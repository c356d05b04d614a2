package lv.pmlp.iaiar.command.person;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** One custody period of a person, as the Person aggregate keeps it. Immutable; transitions return new values. */
record Detention(String id, String returnCaseId, LocalDate startedOn, LocalDate authorisedUntil, LocalDate releasedOn) {

    boolean isOpen() {
        return releasedOn == null;
    }

    /** The last day this detention counts for: its release day, or the last authorised day while open. */
    LocalDate lastDay() {
        return isOpen() ? authorisedUntil : releasedOn;
    }

    long days() {
        return ChronoUnit.DAYS.between(startedOn, lastDay()) + 1;
    }

    /** Whether custody from {@code from} to {@code to} would share a day with this detention (its release day excluded). */
    boolean overlaps(LocalDate from, LocalDate to) {
        return !to.isBefore(startedOn) && (isOpen() || from.isBefore(releasedOn));
    }

    boolean sameProcedureAs(String caseId) {
        return caseId != null && Objects.equals(returnCaseId, caseId);
    }

    Detention extendedTo(LocalDate until) {
        return new Detention(id, returnCaseId, startedOn, until, releasedOn);
    }

    Detention released(LocalDate day) {
        return new Detention(id, returnCaseId, startedOn, authorisedUntil, day);
    }
}
