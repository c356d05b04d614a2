package lv.pmlp.iaiar.projections.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;
import lv.pmlp.iaiar.events.returncase.DecisionType;
import lv.pmlp.iaiar.projections.statistics.StatisticsRollups.Count;
import lv.pmlp.iaiar.projections.statistics.StatisticsRollups.Marker;

/** The rollups' bookkeeping, without a store: which counters a person adds to, and how that changes. */
class StatisticsRollupsTest {

    static final Instant RECORDED = Instant.parse("2026-06-01T10:00:00Z");
    static final StatisticalProfile RU_MAN_1990 = profile(LocalDate.of(1990, 5, 1), List.of("RU"));

    int events;

    @Test
    void codesBecomeFieldNamesWithEverythingButLettersDigitsUnderscoreAndDashEscaped() {
        for (int time = 0; time < 2; time++) {
            assertThat(StatisticsRollups.encode("officer.vrs-12")).isEqualTo("officer%2Evrs-12");
            assertThat(StatisticsRollups.encode("RĪGA|$x")).isEqualTo("R%C4%AAGA%7C%24x");
            assertThat(StatisticsRollups.encode(null)).isEqualTo(EilCodes.UNKNOWN);
        }
        assertThat(StatisticsRollups.decode(StatisticsRollups.encode("Bērziņš.ā_b"))).isEqualTo("Bērziņš.ā_b");
    }

    @Test
    void aFieldNameDecodesToTheCodeItWasWrittenFromWithOrWithoutEscapes() {
        for (String code : List.of("VRS-RIGA", "officer.vrs-12", "RĪGA|$x", "100%", "a%2")) {
            assertThat(StatisticsRollups.decode(StatisticsRollups.encode(code))).isEqualTo(code);
        }
    }

    @Test
    void aPersonOrderedToLeaveInTwoMonthsOfAQuarterCountsOnceInTheQuarterAndTheYear() {
        List<Marker> markers = markers(issued(LocalDate.of(2026, 1, 10)), issued(LocalDate.of(2026, 2, 15)));

        Map<String, Long> totals = totals(StatisticsRollups.contribution(markers, List.of(), List.of(), RU_MAN_1990));

        assertThat(totals).containsExactlyInAnyOrderEntriesOf(Map.of("migr_eiord:2026-01", 1L, "migr_eiord:2026-02", 1L,
                "migr_eiord:2026-Q1", 1L, "migr_eiord:2026", 1L));
    }

    @Test
    void aBackDatedFactMovesThePersonToTheirAgeOnTheEarlierDay() {
        StatisticalProfile born2008 = profile(LocalDate.of(2008, 3, 10), List.of("RU"));
        List<Marker> adult = markers(issued(LocalDate.of(2026, 3, 20)));
        List<Marker> backDated = StatisticsRollups.withMarkers(adult, issued(LocalDate.of(2026, 3, 5)));

        List<Count> difference = StatisticsRollups.difference(
                StatisticsRollups.contribution(adult, List.of(), List.of(), born2008),
                StatisticsRollups.contribution(backDated, List.of(), List.of(), born2008));

        assertThat(quarter(difference)).containsEntry("cells.RU|M|Y18-34", -1L).containsEntry("cells.RU|M|Y14-17", 1L)
                .containsEntry("cells.TOTAL|T|Y_LT18", 1L).containsEntry("uam.NOT_UAM", -1L).containsEntry("uam.UNK", 1L)
                .doesNotContainKey("cells.TOTAL|T|TOTAL");
    }

    @Test
    void aCellIsCountedInItsCitizenshipsDocumentAndThePersonsUamInTheTotalsDocument() {
        List<Count> counts = StatisticsRollups.contribution(markers(issued(LocalDate.of(2026, 1, 10))), List.of(), List.of(),
                RU_MAN_1990);
        String ru = "migr_eiord:2026-Q1#" + StatisticsRollups.bucketOf("RU", StatisticsRollups.EIL_BUCKETS);
        String totals = "migr_eiord:2026-Q1#" + StatisticsRollups.bucketOf(EilCodes.TOTAL, StatisticsRollups.EIL_BUCKETS);

        List<Count> quarter = counts.stream().filter(c -> withoutBucket(c.doc()).equals("migr_eiord:2026-Q1")).toList();

        assertThat(ru).isNotEqualTo(totals);
        assertThat(quarter).isNotEmpty().allSatisfy(count -> assertThat(count.doc()).isEqualTo(
                count.field().startsWith("cells.RU|") ? ru : totals));
        assertThat(quarter).filteredOn(c -> c.field().startsWith("cells.TOTAL|") || c.field().startsWith("uam.")).isNotEmpty();
    }

    @Test
    void personsOfTwoCitizenshipsShareTheTotalsDocumentButNotTheirOwnCells() {
        List<Marker> markers = markers(issued(LocalDate.of(2026, 1, 10)));
        Map<String, String> ru = quarterDocuments(StatisticsRollups.contribution(markers, List.of(), List.of(), RU_MAN_1990));
        Map<String, String> uz = quarterDocuments(StatisticsRollups.contribution(markers, List.of(), List.of(),
                profile(LocalDate.of(1990, 5, 1), List.of("UZ"))));

        assertThat(uz.get("cells.TOTAL|M|TOTAL")).isEqualTo(ru.get("cells.TOTAL|M|TOTAL")).isNotNull();
        assertThat(uz.get("uam.NOT_UAM")).isEqualTo(ru.get("cells.TOTAL|M|TOTAL"));
        assertThat(uz.get("cells.UZ|M|TOTAL")).isNotNull().isNotEqualTo(ru.get("cells.RU|M|TOTAL"))
                .isNotEqualTo(ru.get("cells.TOTAL|M|TOTAL"));
    }

    @Test
    void aFigureWithItsDaysIsCountedInItsKeysDocumentAndTheOfficersWorkloadInTheOfficers() {
        LocalDate day = LocalDate.of(2026, 2, 3);
        StatisticalFact decided = new StatisticalFact("event-1", "DepartureOrderIssued", List.of(FactKind.DECISION_ISSUED),
                "person-1", "case-1", "decision-1", day.toString(), StatisticalFact.monthOf(day), StatisticalFact.quarterOf(day),
                "2026", RECORDED, Institution.VRS, "VRS-RIGA", "officer-7", Role.OFFICER, "RU", DecisionType.DEPARTURE_ORDER,
                List.of(), null, null, null, null, 12L, null);

        List<Count> counts = StatisticsRollups.contribution(List.of(), List.of(),
                StatisticsRollups.withAct(List.of(), decided), RU_MAN_1990);

        Map<String, String> documents = counts.stream().collect(Collectors.toMap(Count::field, Count::doc));
        String key = documents.keySet().stream().filter(f -> f.startsWith("c.")).findFirst().orElseThrow().substring(2);
        String figure = "2026-02#" + StatisticsRollups.bucketOf(key, StatisticsRollups.OPS_BUCKETS);
        String officer = "2026-02#" + StatisticsRollups.bucketOf("VRS-RIGA|officer-7", StatisticsRollups.OPS_BUCKETS);
        assertThat(figure).isNotEqualTo(officer);
        assertThat(documents).containsEntry("c." + key, figure).containsEntry("s." + key, figure)
                .containsEntry("n." + key, figure).containsEntry("d." + key + "|12", figure)
                .containsEntry("w.VRS-RIGA|officer-7", officer).containsEntry("wd.VRS-RIGA|officer-7", officer)
                .containsEntry("ws.VRS-RIGA|officer-7", officer).containsEntry("wx.VRS-RIGA|officer-7|12", officer);
    }

    @Test
    void aLaterFactInTheSamePeriodChangesNothing() {
        List<Marker> first = markers(issued(LocalDate.of(2026, 1, 10)));

        List<Marker> again = StatisticsRollups.withMarkers(first, issued(LocalDate.of(2026, 1, 20)));

        assertThat(again).isSameAs(first);
    }

    @Test
    void aCorrectedCitizenshipMovesThePersonFromOneCitizenToAnother() {
        List<Marker> markers = markers(issued(LocalDate.of(2026, 1, 10)));

        List<Count> difference = StatisticsRollups.difference(StatisticsRollups.contribution(markers, List.of(), List.of(), RU_MAN_1990),
                StatisticsRollups.contribution(markers, List.of(), List.of(), profile(LocalDate.of(1990, 5, 1), List.of("UZ"))));

        assertThat(quarter(difference)).containsEntry("cells.RU|T|TOTAL", -1L).containsEntry("cells.UZ|M|Y_GE35", 1L)
                .doesNotContainKeys("cells.TOTAL|T|TOTAL", "cells.TOTAL|M|Y_GE35", "uam.NOT_UAM");
    }

    @Test
    void aCorrectionToAUnionCitizenshipMovesThePersonToTheExcluded() {
        List<Marker> markers = markers(issued(LocalDate.of(2026, 1, 10)));

        List<Count> difference = StatisticsRollups.difference(StatisticsRollups.contribution(markers, List.of(), List.of(), RU_MAN_1990),
                StatisticsRollups.contribution(markers, List.of(), List.of(), profile(LocalDate.of(1990, 5, 1), List.of("DE"))));

        assertThat(quarter(difference)).containsEntry("excluded", 1L).containsEntry("cells.TOTAL|T|TOTAL", -1L);
    }

    @Test
    void aMinorTheCaseRecordsAsUnaccompaniedCountsAsUamAndAnAdultNever() {
        StatisticalProfile boy = profile(LocalDate.of(2012, 1, 1), List.of("AF"));
        List<Marker> flagged = markers(fact(FactKind.DECISION_ISSUED, LocalDate.of(2026, 1, 10), true));

        assertThat(quarter(StatisticsRollups.contribution(flagged, List.of(), List.of(), boy))).containsEntry("uam.UAM", 1L)
                .doesNotContainKeys("uam.UNK", "uam.NOT_UAM");
        assertThat(quarter(StatisticsRollups.contribution(flagged, List.of(), List.of(), RU_MAN_1990))).containsEntry("uam.NOT_UAM", 1L)
                .doesNotContainKey("uam.UAM");
    }

    @Test
    void aForcedExpulsionIsInTheReadyStockFromItsMonthUntilTheMonthOfRemoval() {
        List<ReturnReadiness.Step> steps = steps(decision(FactKind.DECISION_ISSUED, LocalDate.of(2026, 1, 10),
                DecisionType.FORCED_EXPULSION_DECISION), decision(FactKind.RETURNED, LocalDate.of(2026, 4, 2), null));

        List<Count> irma = StatisticsRollups.contribution(List.of(), steps, List.of(), RU_MAN_1990);

        assertThat(irma).containsExactlyInAnyOrder(
                new Count(StatisticsRollups.IRMA, "2026-01", "citizens.RU", 1), new Count(StatisticsRollups.IRMA, "2026-01", "persons", 1),
                new Count(StatisticsRollups.IRMA, "2026-04", "citizens.RU", -1), new Count(StatisticsRollups.IRMA, "2026-04", "persons", -1));
    }

    @Test
    void aPendingAppealTakesAMissedDeadlineOutOfTheStockUntilItIsDecided() {
        List<ReturnReadiness.Step> steps = steps(
                decision(FactKind.DECISION_ISSUED, LocalDate.of(2026, 1, 10), DecisionType.DEPARTURE_ORDER),
                decision(FactKind.DEADLINE_MISSED, LocalDate.of(2026, 2, 1), null),
                decision(FactKind.APPEAL_LODGED, LocalDate.of(2026, 3, 3), null),
                decision(FactKind.APPEAL_DECIDED, LocalDate.of(2026, 5, 20), null));

        Map<String, Long> persons = StatisticsRollups.contribution(List.of(), steps, List.of(), RU_MAN_1990).stream()
                .filter(c -> c.field().equals("persons")).collect(Collectors.toMap(Count::doc, Count::n));

        assertThat(persons).containsExactlyInAnyOrderEntriesOf(Map.of("2026-02", 1L, "2026-03", -1L, "2026-05", 1L));
    }

    @Test
    void codesThatCannotBeFieldNamesAreEncodedAndReadBack() {
        String field = StatisticsRollups.cellField(List.of("A.B", "$x", "Y14-17", "ĀŽ|"));

        assertThat(field).doesNotContain("$").startsWith("cells.").matches("cells\\.[^.]*");
        assertThat(StatisticsRollups.cellCodes(field.substring("cells.".length()))).containsExactly("A.B", "$x", "Y14-17", "ĀŽ|");
    }

    @Test
    void aDifferenceHasOneCountPerCounterWithTheAmountsSummed() {
        Count counted = new Count(StatisticsRollups.OPS, "2026-01#7", "w.VRS|officer", 1);
        Count desired = new Count(StatisticsRollups.OPS, "2026-01#7", "w.VRS|officer", 2);
        Count unchanged = new Count(StatisticsRollups.OPS, "2026-01#8", "w.VRS|other", 3);

        assertThat(StatisticsRollups.difference(List.of(counted, unchanged), List.of(desired, unchanged)))
                .containsExactly(new Count(StatisticsRollups.OPS, "2026-01#7", "w.VRS|officer", 1));
    }

    @Test
    void aPersonsChangeCountedPartByPartIsTheDifferenceOfTheirWholeContributions() {
        java.util.Random random = new java.util.Random(20261202L);
        List<StatisticalProfile> profiles = List.of(RU_MAN_1990, profile(LocalDate.of(2010, 7, 1), List.of("AF")),
                profile(LocalDate.of(1990, 5, 1), List.of("DE")), profile(null, List.of("UZ")));
        int changes = 0;
        for (int person = 0; person < 200; person++) {
            StatisticalProfile profile = random.nextInt(5) == 0 ? null : profiles.get(random.nextInt(profiles.size()));
            StatisticsRollups.PersonRollup before = null;
            StatisticalFact last = null;
            for (int step = 0; step < 12; step++) {
                if (random.nextInt(6) == 0) {
                    // a correction or an erasure between two facts
                    profile = profiles.get(random.nextInt(profiles.size()));
                }
                // now and then a fact delivered again
                StatisticalFact fact = last != null && random.nextInt(8) == 0 ? last : randomFact(random);
                last = fact;
                StatisticsRollups.PersonRollup after = new StatisticsRollups.PersonRollup("person-1",
                        StatisticsRollups.withMarkers(before == null ? List.of() : before.markers(), fact),
                        StatisticsRollups.withStep(before == null ? List.of() : before.irma(), fact),
                        StatisticsRollups.withAct(before == null ? List.of() : before.acts(), fact),
                        profile == null ? null : profile.current().demographics());

                List<Count> whole = StatisticsRollups.difference(before == null ? List.of() : before.counted(), after.counted());

                assertThat(StatisticsRollups.change(before, after)).containsExactlyInAnyOrderElementsOf(whole);
                changes += whole.isEmpty() ? 0 : 1;
                before = after;
            }
        }
        assertThat(changes).isGreaterThan(1_000);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private List<Marker> markers(StatisticalFact... facts) {
        List<Marker> markers = List.of();
        for (StatisticalFact fact : facts) {
            markers = StatisticsRollups.withMarkers(markers, fact);
        }
        return markers;
    }

    private List<ReturnReadiness.Step> steps(StatisticalFact... facts) {
        List<ReturnReadiness.Step> steps = List.of();
        for (StatisticalFact fact : facts) {
            steps = StatisticsRollups.withStep(steps, fact);
        }
        return steps;
    }

    private static Map<String, Long> totals(List<Count> counts) {
        return counts.stream().filter(c -> c.field().equals("cells.TOTAL|T|TOTAL"))
                .collect(Collectors.toMap(c -> withoutBucket(c.doc()), Count::n));
    }

    private static Map<String, Long> quarter(List<Count> counts) {
        return counts.stream().filter(c -> withoutBucket(c.doc()).equals("migr_eiord:2026-Q1"))
                .collect(Collectors.toMap(Count::field, Count::n));
    }

    /** Counter to document, for the first quarter of 2026 in the orders-to-leave table. */
    private static Map<String, String> quarterDocuments(List<Count> counts) {
        return counts.stream().filter(c -> withoutBucket(c.doc()).equals("migr_eiord:2026-Q1"))
                .collect(Collectors.toMap(Count::field, Count::doc));
    }

    /** A table and period's counters are spread over its documents by citizenship; these tests add them up. */
    private static String withoutBucket(String doc) {
        return doc.replaceFirst("#\\d+$", "");
    }

    private StatisticalFact randomFact(java.util.Random random) {
        int n = ++events;
        FactKind[] kinds = FactKind.values();
        List<FactKind> kind = random.nextInt(4) == 0 ? List.of(FactKind.RETURNED, FactKind.DEADLINE_MET)
                : List.of(kinds[random.nextInt(kinds.length)]);
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600));
        String returnType = random.nextBoolean() ? EilCodes.VOLUNTARY : EilCodes.ENFORCED;
        Long days = random.nextInt(3) == 0 ? null : (long) random.nextInt(90);
        return new StatisticalFact("event-" + n, kind.get(0).name(), kind, "person-1", "case-1", "decision-" + random.nextInt(3),
                day.toString(), StatisticalFact.monthOf(day), StatisticalFact.quarterOf(day), String.valueOf(day.getYear()),
                RECORDED.plusSeconds(n), random.nextBoolean() ? Institution.VRS : Institution.PMLP, "UNIT-" + random.nextInt(3),
                "officer-" + random.nextInt(4), random.nextInt(5) == 0 ? Role.SYSTEM : Role.OFFICER, "RU",
                random.nextBoolean() ? DecisionType.DEPARTURE_ORDER : DecisionType.FORCED_EXPULSION_DECISION, List.of(),
                random.nextBoolean() ? "Y1-5" : null, random.nextBoolean() ? "UA" : "GE", returnType,
                random.nextBoolean() ? "ASSIST" : "N_ASSIST", days, random.nextInt(3) == 0 ? null : random.nextBoolean());
    }

    private StatisticalFact issued(LocalDate day) {
        return fact(FactKind.DECISION_ISSUED, day, null);
    }

    private StatisticalFact fact(FactKind kind, LocalDate day, Boolean unaccompaniedMinor) {
        int n = ++events;
        return new StatisticalFact("event-" + n, kind.name(), List.of(kind), "person-1", "case-1", "decision-1", day.toString(),
                StatisticalFact.monthOf(day), StatisticalFact.quarterOf(day), String.valueOf(day.getYear()), RECORDED.plusSeconds(n),
                Institution.VRS, "VRS", "officer", Role.OFFICER, "RU", DecisionType.DEPARTURE_ORDER, List.of(), null, null, null,
                null, null, unaccompaniedMinor);
    }

    private StatisticalFact decision(FactKind kind, LocalDate day, DecisionType type) {
        int n = ++events;
        return new StatisticalFact("event-" + n, kind.name(), List.of(kind), "person-1", "case-1", "decision-1", day.toString(),
                StatisticalFact.monthOf(day), StatisticalFact.quarterOf(day), String.valueOf(day.getYear()), RECORDED.plusSeconds(n),
                Institution.VRS, "VRS", "officer", Role.OFFICER, "RU", type, List.of(), null, null, null, null, null, null);
    }

    private static StatisticalProfile profile(LocalDate born, List<String> citizenships) {
        return new StatisticalProfile("person-1", List.of(new StatisticalProfile.Revision("r", RECORDED, born, Sex.MALE,
                citizenships, false, SubjectCategory.THIRD_COUNTRY_NATIONAL)));
    }
}
