package lv.pmlp.iaiar.projections.search.names;

import java.util.Set;

/**
 * The keys of one written word of a name.
 *
 * @param forms    the word transliterated (ICAO 9303) and plainly folded, e.g. «Мюллер» → MIULLER; Müller → MUELLER, MULLER
 * @param stems    the forms and the forms without a Latvian ending, e.g. IVANOVS → IVANOVS, IVANOV
 * @param phonetic Double Metaphone and Daitch-Mokotoff codes of the stems, prefixed by the algorithm
 */
public record NameToken(Set<String> forms, Set<String> stems, Set<String> phonetic) {

    public NameToken {
        forms = Set.copyOf(forms);
        stems = Set.copyOf(stems);
        phonetic = Set.copyOf(phonetic);
    }
}
