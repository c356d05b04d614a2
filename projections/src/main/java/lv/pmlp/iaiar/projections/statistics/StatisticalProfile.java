package lv.pmlp.iaiar.projections.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.annotation.Id;

import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;
import lv.pmlp.iaiar.events.person.PersonDataAmendedEvent;
import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;

/**
 * What the statistics need to know about a person, and nothing more: no names, no document numbers. Every
 * registration and amendment adds a revision with its recording time, so a table "as known at T" uses the data
 * the register held at T, and a table for now uses the corrected data (amendments are corrections).
 */
public record StatisticalProfile(@Id String personId, List<Revision> revisions) {

    public static final String COLLECTION = "statistics_profiles";

    public record Revision(String eventId, Instant recordedAt, LocalDate dateOfBirth, Sex sex, List<String> citizenships,
                           boolean stateless, SubjectCategory subjectCategory) {

        /** What the statistics count a person by, without which revision it is (and so without its timestamp's precision). */
        public Revision demographics() {
            return new Revision(null, null, dateOfBirth, sex, citizenships, stateless, subjectCategory);
        }
    }

    public Revision current() {
        return revisions.get(revisions.size() - 1);
    }

    /** The revision the register held at {@code instant}; the current one when {@code instant} is null. */
    public Optional<Revision> asKnownAt(Instant instant) {
        if (instant == null) {
            return Optional.of(current());
        }
        Revision known = null;
        for (Revision revision : revisions) {
            if (!revision.recordedAt().isAfter(instant)) {
                known = revision;
            }
        }
        return Optional.ofNullable(known);
    }

    boolean has(String eventId) {
        return revisions.stream().anyMatch(r -> r.eventId().equals(eventId));
    }

    static StatisticalProfile registered(ForeignerRegisteredEvent event, String eventId, Instant recordedAt) {
        return new StatisticalProfile(event.personId(), List.of(new Revision(eventId, recordedAt, event.dateOfBirth(),
                event.sex(), sorted(event.citizenships()), event.stateless(), event.subjectCategory())));
    }

    StatisticalProfile amended(PersonDataAmendedEvent event, String eventId, Instant recordedAt) {
        Revision last = current();
        List<Revision> all = new ArrayList<>(revisions);
        all.add(new Revision(eventId, recordedAt,
                event.dateOfBirth() != null ? event.dateOfBirth() : last.dateOfBirth(),
                event.sex() != null ? event.sex() : last.sex(),
                event.citizenships() != null ? sorted(event.citizenships()) : last.citizenships(),
                event.stateless() != null ? event.stateless() : last.stateless(),
                last.subjectCategory()));
        return new StatisticalProfile(personId, List.copyOf(all));
    }

    /** The profile after erasure: sex, citizenships and category stay for statistics; birth dates go. */
    StatisticalProfile withoutBirthDates() {
        return new StatisticalProfile(personId, revisions.stream()
                .map(r -> new Revision(r.eventId(), r.recordedAt(), null, r.sex(), r.citizenships(), r.stateless(), r.subjectCategory()))
                .toList());
    }

    private static List<String> sorted(Set<String> citizenships) {
        return citizenships == null ? List.of() : List.copyOf(new TreeSet<>(citizenships));
    }
}
