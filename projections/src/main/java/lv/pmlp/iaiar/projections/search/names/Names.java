package lv.pmlp.iaiar.projections.search.names;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/** Small text helpers shared by the keys: word splitting and the plain diacritic fold. */
final class Names {

    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`´]");
    private static final Pattern NOT_A_TO_Z = Pattern.compile("[^A-Z]+");

    /** Transliterates any script and drops every diacritic (Ü→U, not UE): what an officer types without the letter. */
    private static final Transliterator FOLD =
            Transliterator.getInstance("Any-Latin; NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII");

    private Names() {
    }

    /** The words of a name as written, split at spaces, hyphens and other punctuation; apostrophes join (O'Brien). */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(withoutApostrophes(text).split("[^\\p{L}\\p{M}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    static String fold(String word) {
        return mrzWords(FOLD.transliterate(withoutApostrophes(word)));
    }

    /** ICAO 9303 drops apostrophes: O'Brien is OBRIEN, one word. */
    static String withoutApostrophes(String text) {
        return APOSTROPHES.matcher(text).replaceAll("");
    }

    /** Upper-case A-Z words separated by single spaces. */
    static String mrzWords(String ascii) {
        return NOT_A_TO_Z.matcher(ascii.toUpperCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
