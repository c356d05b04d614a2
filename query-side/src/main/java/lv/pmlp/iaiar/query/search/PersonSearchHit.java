package lv.pmlp.iaiar.query.search;

import java.time.LocalDate;
import java.util.List;

import lv.pmlp.iaiar.events.person.PersonNames;

/**
 * A person found. {@code score} only orders the hits of one search (it has no fixed scale); {@code matchedBy}
 * says which criteria matched, strongest first, e.g. {@code ["name:exact-transliteration", "dateOfBirth"]}.
 */
public record PersonSearchHit(
        String personId,
        PersonNames names,
        LocalDate dateOfBirth,
        List<String> citizenships,
        double score,
        List<String> matchedBy) {

    public PersonSearchHit {
        citizenships = List.copyOf(citizenships);
        matchedBy = List.copyOf(matchedBy);
    }
}
