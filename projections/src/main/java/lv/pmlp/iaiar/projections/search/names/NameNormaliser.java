package lv.pmlp.iaiar.projections.search.names;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.codec.language.DaitchMokotoffSoundex;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Derives search keys from names in any script. Each word yields its ICAO transliteration and its plain fold
 * (both, because an officer may type either «Шевченко» as SHEVCHENKO or Ü as U), the same without a Latvian
 * ending, and phonetic codes of those stems, so "IVANOVS", «Иванов» and "Ivanow" share keys with IVANOV.
 * Thread-safe: the encoders keep no state between calls.
 */
public final class NameNormaliser {

    static final String DOUBLE_METAPHONE = "DM:";
    static final String DAITCH_MOKOTOFF = "DMS:";

    private static final DoubleMetaphone METAPHONE = metaphone();
    private static final DaitchMokotoffSoundex SOUNDEX = new DaitchMokotoffSoundex();

    private NameNormaliser() {
    }

    /** The MRZ form of a text (ICAO 9303): «Иванов Иван» → "IVANOV IVAN". */
    public static String icao(String text) {
        return Icao9303.transliterate(text == null ? "" : text);
    }

    /** One token per word the officer typed (or the register holds); empty when the text has no letters. */
    public static List<NameToken> tokens(String text) {
        return Names.words(text).stream()
                .map(NameNormaliser::token)
                .filter(t -> !t.forms().isEmpty())
                .toList();
    }

    /** The keys of all the given name texts together (surnames and given names in every recorded script). */
    public static NameKeys keys(Collection<String> texts) {
        Set<String> forms = new TreeSet<>();
        Set<String> stems = new TreeSet<>();
        Set<String> phonetic = new TreeSet<>();
        for (String text : texts) {
            for (NameToken token : tokens(text)) {
                forms.addAll(token.forms());
                stems.addAll(token.stems());
                phonetic.addAll(token.phonetic());
            }
        }
        return new NameKeys(List.copyOf(forms), List.copyOf(stems), List.copyOf(phonetic), String.join(" ", stems));
    }

    static NameToken token(String word) {
        Set<String> forms = new LinkedHashSet<>();
        // a word may transliterate to more than one word (rare: a stray letter of another script)
        Icao9303.readings(word).forEach(reading -> addWords(forms, reading));
        addWords(forms, Names.fold(word));
        if (forms.isEmpty()) {
            // a script ICU cannot transliterate (Sinhala): the word matches itself, in its own script, exactly
            String own = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFC).toUpperCase(java.util.Locale.ROOT);
            return new NameToken(Set.of(own), Set.of(own), Set.of());
        }
        Set<String> stems = new LinkedHashSet<>(forms);
        forms.forEach(f -> stems.add(LatvianEndings.stem(f)));
        Set<String> phonetic = new LinkedHashSet<>();
        for (String stem : stems) {
            phonetic.add(DOUBLE_METAPHONE + METAPHONE.doubleMetaphone(stem));
            phonetic.add(DOUBLE_METAPHONE + METAPHONE.doubleMetaphone(stem, true));
            for (String code : SOUNDEX.soundex(stem).split("\\|")) {
                phonetic.add(DAITCH_MOKOTOFF + code);
            }
        }
        return new NameToken(forms, stems, phonetic);
    }

    private static void addWords(Set<String> into, String words) {
        for (String w : words.split(" ")) {
            if (!w.isEmpty()) {
                into.add(w);
            }
        }
    }

    private static DoubleMetaphone metaphone() {
        DoubleMetaphone encoder = new DoubleMetaphone();
        // the default 4 letters make every IVANOV* alike; 6 keeps IVANOVSKY apart from IVANOV
        encoder.setMaxCodeLen(6);
        return encoder;
    }
}
