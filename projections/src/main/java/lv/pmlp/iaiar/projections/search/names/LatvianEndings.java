package lv.pmlp.iaiar.projections.search.names;

import java.util.List;

/**
 * Cabinet Regulation No. 114 writes a foreign name with a Latvian grammatical ending (Ivanov → Ivanovs), and
 * identity is established from the stem without it. Works on folded upper-case words, where -š is already -S.
 */
final class LatvianEndings {

    /** Longest first, so "-IS" is removed whole rather than leaving "-I". */
    private static final List<String> ENDINGS = List.of("IS", "US", "S", "A", "E");
    private static final int SHORTEST_STEM = 3;

    private LatvianEndings() {
    }

    static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= SHORTEST_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
