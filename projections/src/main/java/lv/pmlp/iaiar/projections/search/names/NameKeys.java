package lv.pmlp.iaiar.projections.search.names;

import java.util.List;

/**
 * All keys of a person's names, sorted, as the search document stores them.
 *
 * @param forms    every transliterated and folded word ({@link NameToken#forms()})
 * @param stems    the forms and their Latvian stems
 * @param phonetic the phonetic codes
 * @param text     forms and stems as one text, for fuzzy matching of typing errors
 */
public record NameKeys(List<String> forms, List<String> stems, List<String> phonetic, String text) {

    public NameKeys {
        forms = List.copyOf(forms);
        stems = List.copyOf(stems);
        phonetic = List.copyOf(phonetic);
    }
}
