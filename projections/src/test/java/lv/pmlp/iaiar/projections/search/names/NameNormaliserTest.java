package lv.pmlp.iaiar.projections.search.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NameNormaliserTest {

    /** The recorded forms of the Russian man in the README: original, passport and Latvian. */
    private static final NameKeys IVANOV = NameNormaliser.keys(List.of("Иванов", "Иван", "IVANOV", "IVAN", "Ivanovs", "Ivans"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Иванов, IVANOV",
            "Иванов Иван, IVANOV IVAN",
            "Щукин Фёдор, SHCHUKIN FEDOR",
            "Игорь Подъячев, IGOR PODIEIACHEV",
            "Хрущёв Юрий Цой, KHRUSHCHEV IURII TSOI",
            // Interscript test vector (Belarusian: І, Я → IA)
            "Бабрыковіч Аляксандр, BABRYKOVICH ALIAKSANDR",
            // Belarusian: Ў → U, Ё → IO, Г → H
            "Яўген Барысёнак, IAUHEN BARYSIONAK",
            // Ukrainian: И → Y, І → I, Г → H, Ї → I, Є → IE
            "Юлія Тимошенко, IULIIA TYMOSHENKO",
            "Григорій Їжаков Євген, HRYHORII IZHAKOV IEVHEN",
            // ICAO expands these Latin letters instead of dropping the mark
            "Müller, MUELLER",
            "Größe, GROESSE",
            "Ångström, AANGSTROEM",
            "Ærø, AEROE",
            // Latvian letters fold to their base letter
            "Ābele, ABELE",
            "Bērziņš, BERZINS",
            "Ķēniņš Ģirts Čakste Ļūļa Žūrs, KENINS GIRTS CAKSTE LULA ZURS",
            "Peña, PENA",
            "O'Brien-Smith, OBRIEN SMITH"
    })
    void transliteratesToTheMrzAlphabet(String name, String mrz) {
        assertThat(NameNormaliser.icao(name)).isEqualTo(mrz);
    }

    @Test
    void keepsThePlainFoldBesideTheIcaoForm() {
        assertThat(NameNormaliser.tokens("Müller").get(0).forms()).containsExactlyInAnyOrder("MUELLER", "MULLER");
    }

    @Test
    void readsCyrillicAsEveryAlphabetBecauseTheLanguageIsRarelyKnown() {
        assertThat(NameNormaliser.tokens("Гнатюк").get(0).forms()).contains("GNATIUK", "HNATIUK");
    }

    @ParameterizedTest
    @CsvSource({"Ivanovs, IVANOV", "Bērziņš, BERZIN", "Berzins, BERZIN", "Kalniņa, KALNIN", "Ābele, ABEL",
            "Jānis, JAN", "Markus, MARK", "IVANOV, IVANOV", "Lis, LIS"})
    void stripsOneLatvianEnding(String word, String stem) {
        assertThat(NameNormaliser.tokens(word).get(0).stems()).contains(stem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Иванов", "Ivanov", "IVANOVS", "Ivanovs", "ivanov", "Ivanovs Ivans"})
    void everyScriptAndSpellingOfIvanovSharesAnExactOrStemKey(String typed) {
        assertThat(NameNormaliser.tokens(typed)).allSatisfy(token ->
                assertThat(token.stems()).containsAnyElementsOf(IVANOV.stems()));
    }

    @Test
    void aMisspellingSharesOnlyAPhoneticKey() {
        NameToken ivanow = NameNormaliser.tokens("Ivanow").get(0);

        assertThat(ivanow.stems()).doesNotContainAnyElementsOf(IVANOV.stems());
        assertThat(ivanow.phonetic()).containsAnyElementsOf(IVANOV.phonetic());
    }

    @Test
    void latvianDiacriticsMatchBothWays() {
        assertThat(shared("Bērziņš", "Berzins", NameToken::forms)).contains("BERZINS");
        assertThat(shared("Berzins", "Bērziņš", NameToken::forms)).contains("BERZINS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Petrova", "Petrovs", "Anna", "Ivanenko", "Ivanovsky"})
    void otherNamesShareNoKeyWithIvanov(String other) {
        NameToken token = NameNormaliser.tokens(other).get(0);

        assertThat(token.stems()).doesNotContainAnyElementsOf(IVANOV.stems());
        assertThat(token.phonetic()).doesNotContainAnyElementsOf(IVANOV.phonetic());
    }

    @Test
    void theDocumentKeysAreSortedAndDeterministic() {
        NameKeys again = NameNormaliser.keys(List.of("Ivans", "Ivanovs", "IVAN", "IVANOV", "Иван", "Иванов"));

        assertThat(again).isEqualTo(IVANOV);
        assertThat(IVANOV.forms()).isSorted().contains("IVANOV", "IVANOVS", "IVAN", "IVANS");
        assertThat(IVANOV.text()).isEqualTo(String.join(" ", IVANOV.stems()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "!!! 123", "-"})
    void textWithoutLettersHasNoTokens(String text) {
        assertThat(NameNormaliser.tokens(text)).isEmpty();
    }

    @Test
    void splitsAtSpacesAndHyphensAndJoinsAtApostrophes() {
        assertThat(NameNormaliser.tokens("Anna-Maria  d'Arc")).extracting(t -> t.forms().iterator().next())
                .containsExactly("ANNA", "MARIA", "DARC");
    }

    private static Set<String> shared(String a, String b, Function<NameToken, Set<String>> keys) {
        Set<String> common = new HashSet<>(keys.apply(NameNormaliser.tokens(a).get(0)));
        common.retainAll(keys.apply(NameNormaliser.tokens(b).get(0)));
        return common;
    }

    @Test
    void aWordInAScriptWithoutATransliterationStillMatchesItself() {
        var typed = NameNormaliser.tokens("පෙරේරා");
        var recorded = NameNormaliser.keys(List.of("පෙරේරා", "PERERA"));

        org.assertj.core.api.Assertions.assertThat(typed).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(recorded.forms()).containsAll(typed.get(0).forms());
    }
}
