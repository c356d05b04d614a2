package lv.pmlp.iaiar.api.synthetic;

import java.util.List;
import java.util.SplittableRandom;

import lv.pmlp.iaiar.events.person.SubjectCategory;

/**
 * A citizenship as the generator draws it: how often it occurs, which name groups it uses, its passport number
 * format, the languages decisions are served in and the crossing points its returnees usually leave by.
 *
 * @param code        ISO 3166 alpha-2; null for a stateless person
 * @param weight      relative frequency among returnees (per mille, roughly)
 * @param passport    number format: {@code D} digit, {@code L} letter, {@code X} German passport character, else literal
 * @param returnTo    where a person of this nationality is returned (the citizenship itself, or for the stateless a former residence)
 */
record Nationality(
        String code,
        String alpha3,
        int weight,
        List<NameBook.Group> names,
        SubjectCategory category,
        String passport,
        List<String> languages,
        List<String> exitPoints,
        List<String> returnTo) {

    private static final String AIRPORT = "Rīgas lidosta";
    private static final String DIGITS = "0123456789";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Characters of German passport numbers: digits and consonants that cannot be mistaken for digits. */
    private static final String GERMAN = "0123456789CFGHJKLMNPRTVWXYZ";

    private static Nationality of(String code, String alpha3, int weight, List<NameBook.Group> names, String passport,
                                  List<String> languages, List<String> exitPoints) {
        return new Nationality(code, alpha3, weight, names, SubjectCategory.THIRD_COUNTRY_NATIONAL, passport, languages,
                exitPoints, List.of(code));
    }

    /**
     * The mix of returnees: Latvian data lead with RU, UA, UZ, BY, CN (PMLP 2020 report), then Central Asia,
     * South Asia and the Middle East; a few Union citizens (their expulsions are not return statistics) and
     * stateless persons.
     */
    static final List<Nationality> ALL = List.of(
            of("RU", "RUS", 170, List.of(NameBook.RUSSIAN), "DD DDDDDDD", List.of("ru"), List.of("Terehova", "Grebņeva", AIRPORT)),
            of("UA", "UKR", 110, List.of(NameBook.UKRAINIAN), "LLDDDDDD", List.of("uk", "ru"), List.of(AIRPORT, "Grenctāle")),
            of("UZ", "UZB", 100, List.of(NameBook.UZBEK_CYRILLIC, NameBook.UZBEK_LATIN), "LLDDDDDDD", List.of("uz", "ru"), List.of(AIRPORT)),
            of("BY", "BLR", 75, List.of(NameBook.BELARUSIAN), "LLDDDDDDD", List.of("ru", "be"), List.of("Pāternieki", "Silene")),
            of("TJ", "TJK", 60, List.of(NameBook.TAJIK), "DDDDDDDDD", List.of("tg", "ru"), List.of(AIRPORT)),
            of("KG", "KGZ", 40, List.of(NameBook.KYRGYZ), "LLDDDDDDD", List.of("ky", "ru"), List.of(AIRPORT)),
            of("GE", "GEO", 50, List.of(NameBook.GEORGIAN), "DDLLDDDDD", List.of("ka"), List.of(AIRPORT)),
            of("CN", "CHN", 40, List.of(NameBook.CHINESE), "LDDDDDDDD", List.of("zh"), List.of(AIRPORT)),
            of("IN", "IND", 70, List.of(NameBook.INDIAN), "LDDDDDDD", List.of("en", "hi"), List.of(AIRPORT)),
            of("VN", "VNM", 40, List.of(NameBook.VIETNAMESE), "LDDDDDDD", List.of("vi"), List.of(AIRPORT)),
            of("AF", "AFG", 30, List.of(NameBook.AFGHAN), "PDDDDDDDD", List.of("fa", "ps"), List.of(AIRPORT)),
            of("IQ", "IRQ", 40, List.of(NameBook.IRAQI), "LDDDDDDDD", List.of("ar"), List.of(AIRPORT)),
            of("SY", "SYR", 25, List.of(NameBook.SYRIAN), "NDDDDDDDD", List.of("ar"), List.of(AIRPORT)),
            of("PK", "PAK", 30, List.of(NameBook.PAKISTANI), "LLDDDDDDD", List.of("ur", "en"), List.of(AIRPORT)),
            of("LK", "LKA", 25, List.of(NameBook.SINHALA), "LDDDDDDD", List.of("si", "en"), List.of(AIRPORT)),
            of("NG", "NGA", 20, List.of(NameBook.NIGERIAN), "LDDDDDDDD", List.of("en"), List.of(AIRPORT)),
            of("TR", "TUR", 25, List.of(NameBook.TURKISH), "LDDDDDDDD", List.of("tr"), List.of(AIRPORT)),
            of("MD", "MDA", 30, List.of(NameBook.MOLDOVAN), "LLDDDDDDD", List.of("ro", "ru"), List.of(AIRPORT, "Grenctāle")),
            new Nationality("LT", "LTU", 8, List.of(NameBook.LITHUANIAN), SubjectCategory.UNION_CITIZEN, "DDDDDDDD",
                    List.of("lt"), List.of("Grenctāle", "Meitene"), List.of("LT")),
            new Nationality("DE", "DEU", 6, List.of(NameBook.GERMAN), SubjectCategory.UNION_CITIZEN, "CXXXXXXXX",
                    List.of("de"), List.of(AIRPORT), List.of("DE")),
            new Nationality(null, null, 15, List.of(NameBook.RUSSIAN), SubjectCategory.THIRD_COUNTRY_NATIONAL, null,
                    List.of("ru"), List.of("Terehova", "Pāternieki", AIRPORT), List.of("RU", "BY", "UA")));

    private static final int TOTAL_WEIGHT = ALL.stream().mapToInt(Nationality::weight).sum();

    static Nationality draw(SplittableRandom random) {
        int ticket = random.nextInt(TOTAL_WEIGHT);
        for (Nationality nationality : ALL) {
            ticket -= nationality.weight;
            if (ticket < 0) {
                return nationality;
            }
        }
        throw new IllegalStateException("weights changed while drawing");
    }

    boolean stateless() {
        return code == null;
    }

    boolean unionCitizen() {
        return category == SubjectCategory.UNION_CITIZEN;
    }

    String passportNumber(SplittableRandom random) {
        StringBuilder number = new StringBuilder(passport.length());
        for (char c : passport.toCharArray()) {
            number.append(switch (c) {
                case 'D' -> DIGITS.charAt(random.nextInt(DIGITS.length()));
                case 'L' -> LETTERS.charAt(random.nextInt(LETTERS.length()));
                case 'X' -> GERMAN.charAt(random.nextInt(GERMAN.length()));
                default -> c;
            });
        }
        return number.toString();
    }
}
