package lv.pmlp.iaiar.projections.search.names;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.Transliterator;

/**
 * Transliteration into the MRZ alphabet (ICAO Doc 9303 Part 3): upper-case A-Z, words separated by one space.
 * Cyrillic follows the ICAO table with the Ukrainian and Belarusian exceptions, chosen by the letters only those
 * languages use; Latin letters with diacritics fold to their base letter except the ones ICAO expands (Ä AE, Ö OE,
 * Ü UE, Å AA, ß SS). Other scripts go through ICU's Any-Latin, the nearest thing to a national table we have.
 */
final class Icao9303 {

    enum Cyrillic { RUSSIAN, UKRAINIAN, BELARUSIAN }

    private static final Map<Character, String> RUSSIAN = Map.ofEntries(
            Map.entry('А', "A"), Map.entry('Б', "B"), Map.entry('В', "V"), Map.entry('Г', "G"), Map.entry('Д', "D"),
            Map.entry('Е', "E"), Map.entry('Ё', "E"), Map.entry('Ж', "ZH"), Map.entry('З', "Z"), Map.entry('И', "I"),
            Map.entry('Й', "I"), Map.entry('К', "K"), Map.entry('Л', "L"), Map.entry('М', "M"), Map.entry('Н', "N"),
            Map.entry('О', "O"), Map.entry('П', "P"), Map.entry('Р', "R"), Map.entry('С', "S"), Map.entry('Т', "T"),
            Map.entry('У', "U"), Map.entry('Ф', "F"), Map.entry('Х', "KH"), Map.entry('Ц', "TS"), Map.entry('Ч', "CH"),
            Map.entry('Ш', "SH"), Map.entry('Щ', "SHCH"), Map.entry('Ъ', "IE"), Map.entry('Ы', "Y"), Map.entry('Ь', ""),
            Map.entry('Э', "E"), Map.entry('Ю', "IU"), Map.entry('Я', "IA"),
            // letters of the other Cyrillic alphabets, for text whose language was not recognised
            Map.entry('І', "I"), Map.entry('Ї', "I"), Map.entry('Є', "IE"), Map.entry('Ґ', "G"), Map.entry('Ў', "U"),
            Map.entry('Ј', "J"), Map.entry('Љ', "LJ"), Map.entry('Њ', "NJ"), Map.entry('Ћ', "C"), Map.entry('Ђ', "D"),
            Map.entry('Џ', "DZ"), Map.entry('Ѓ', "G"), Map.entry('Ќ', "K"), Map.entry('Ѕ', "DZ"));

    private static final Map<Character, String> UKRAINIAN = Map.of(
            'Г', "H", 'Ґ', "G", 'Є', "IE", 'И', "Y", 'І', "I", 'Ї', "I");

    private static final Map<Character, String> BELARUSIAN = Map.of(
            'Г', "H", 'Ё', "IO", 'Ў', "U", 'І', "I");

    /** Latin letters that ICAO expands instead of dropping the diacritic. */
    private static final Map<Character, String> LATIN_EXPANSIONS = Map.of(
            'Ä', "AE", 'Å', "AA", 'Ö', "OE", 'Ü', "UE", 'ß', "SS", 'Æ', "AE", 'Ø', "OE", 'Œ', "OE", 'Þ', "TH");

    private static final Transliterator TO_ASCII =
            Transliterator.getInstance("Any-Latin; NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII");

    private Icao9303() {
    }

    static String transliterate(String text) {
        return transliterate(text, languageOf(text));
    }

    /**
     * The word read as every Cyrillic alphabet, because a name rarely shows its language: «Гнатюк» is GNATIUK
     * in a Russian passport and HNATIUK in a Ukrainian one. Latin and other scripts have one reading.
     */
    static Set<String> readings(String word) {
        if (word.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            return Set.of(transliterate(word, Cyrillic.RUSSIAN));
        }
        Set<String> readings = new LinkedHashSet<>();
        readings.add(transliterate(word));
        for (Cyrillic language : Cyrillic.values()) {
            readings.add(transliterate(word, language));
        }
        return readings;
    }

    static String transliterate(String text, Cyrillic language) {
        StringBuilder out = new StringBuilder();
        String upper = Names.withoutApostrophes(text).toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            // ß upper-cases to "SS" already; the small letter only survives in text that was upper-case before
            String mapped = c == 'ẞ' ? "SS" : map(c, language);
            out.append(mapped != null ? mapped : String.valueOf(c));
        }
        return Names.mrzWords(TO_ASCII.transliterate(out.toString()));
    }

    private static String map(char c, Cyrillic language) {
        String special = switch (language) {
            case UKRAINIAN -> UKRAINIAN.get(c);
            case BELARUSIAN -> BELARUSIAN.get(c);
            case RUSSIAN -> null;
        };
        if (special != null) {
            return special;
        }
        String cyrillic = RUSSIAN.get(c);
        return cyrillic != null ? cyrillic : LATIN_EXPANSIONS.get(c);
    }

    /**
     * Guesses the Cyrillic alphabet from letters only one language uses: Ґ, Є and Ї are Ukrainian and Ў is
     * Belarusian; І alone is Belarusian next to Ы or Э (which Ukrainian lacks) and Ukrainian otherwise.
     */
    static Cyrillic languageOf(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (containsAny(upper, "ҐЄЇ")) {
            return Cyrillic.UKRAINIAN;
        }
        if (upper.indexOf('Ў') >= 0) {
            return Cyrillic.BELARUSIAN;
        }
        if (upper.indexOf('І') >= 0) {
            return containsAny(upper, "ЫЭ") ? Cyrillic.BELARUSIAN : Cyrillic.UKRAINIAN;
        }
        return Cyrillic.RUSSIAN;
    }

    private static boolean containsAny(String text, String letters) {
        return letters.chars().anyMatch(c -> text.indexOf(c) >= 0);
    }
}
