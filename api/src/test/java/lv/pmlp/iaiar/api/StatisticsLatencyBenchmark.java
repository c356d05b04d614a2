package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;
import lv.pmlp.iaiar.events.returncase.DecisionType;
import lv.pmlp.iaiar.events.returncase.ReturnGround;
import lv.pmlp.iaiar.projections.statistics.FactKind;
import lv.pmlp.iaiar.projections.statistics.StatisticalFact;
import lv.pmlp.iaiar.projections.statistics.StatisticalProfile;
import lv.pmlp.iaiar.projections.statistics.StatisticsRollups;

/**
 * Latency of the statistics endpoints on the sizing estimate's largest data set (domain.md §4.4: about 2 000 return
 * decisions a year, 15 years): 30 000 persons and about 300 000 facts written straight into the read model, and fed
 * to the rollups in the order the projection would. {@code -Dstatistics.benchmark.persons-per-year=...} scales it.
 * Run alone, as it fills the shared store: {@code -Dtest=StatisticsLatencyBenchmark -Dstatistics.benchmark=true}.
 */
@RegisterApiTest
@EnabledIfSystemProperty(named = "statistics.benchmark", matches = "true")
class StatisticsLatencyBenchmark {

    private static final int PERSONS_PER_YEAR = Integer.getInteger("statistics.benchmark.persons-per-year", 2000);
    private static final String[] CITIZENS = {"RU", "UA", "BY", "GE", "UZ", "TJ", "IN", "VN", "TR", "AF", "IQ", "SY", "CN", "KG"};
    private static final String[] KINDS_AFTER = {"DECISION_SERVED", "RETURNED", "BAN_IMPOSED", "BAN_ACTIVATED",
            "DETENTION_STARTED", "DETENTION_ENDED", "APPEAL_LODGED", "APPEAL_DECIDED"};

    @Autowired
    RegisterClient api;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    StatisticsRollups rollups;

    @Test
    void tablesAnswerWellUnderASecondOnFifteenYearsOfData() {
        Random random = new Random(7);
        List<StatisticalProfile> profiles = new ArrayList<>();
        List<StatisticalFact> facts = new ArrayList<>();
        int persons = 0;
        for (int year = 2040; year < 2055; year++) {
            for (int i = 0; i < PERSONS_PER_YEAR; i++) {
                String personId = "bench-" + persons++;
                String citizen = CITIZENS[random.nextInt(CITIZENS.length)];
                profiles.add(new StatisticalProfile(personId, List.of(new StatisticalProfile.Revision("r-" + personId,
                        Instant.parse("2030-01-01T00:00:00Z"), LocalDate.of(1960 + random.nextInt(50), 1 + random.nextInt(12), 1),
                        random.nextBoolean() ? Sex.MALE : Sex.FEMALE, List.of(citizen), false,
                        SubjectCategory.THIRD_COUNTRY_NATIONAL))));
                LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(330));
                Institution institution = random.nextInt(6) == 0 ? Institution.PMLP : Institution.VRS;
                String unit = institution + "-UNIT-" + random.nextInt(8);
                facts.add(fact(personId, "DECISION_ISSUED", day, institution, unit, citizen, random));
                for (String kind : KINDS_AFTER) {
                    facts.add(fact(personId, kind, day.plusDays(1 + random.nextInt(30)), institution, unit, citizen, random));
                }
            }
        }
        mongo.insert(profiles, StatisticalProfile.COLLECTION);
        for (int from = 0; from < facts.size(); from += 10_000) {
            mongo.insert(facts.subList(from, Math.min(facts.size(), from + 10_000)), StatisticalFact.COLLECTION);
        }
        // the projection hands every fact to the rollups as it writes it; here they get the facts in the same order
        long feeding = System.nanoTime();
        Map<String, StatisticalProfile> byPerson = new HashMap<>();
        profiles.forEach(p -> byPerson.put(p.personId(), p));
        for (StatisticalFact fact : facts) {
            rollups.apply(fact, byPerson.get(fact.personId()));
        }
        System.out.printf("BENCHMARK %-45s %d facts in %d s%n", "rollups fed (projection's extra work)", facts.size(),
                (System.nanoTime() - feeding) / 1_000_000_000L);

        measure("EIL quarter migr_eiord1", () -> api.get("analyst", "/api/v1/statistics/eurostat/migr_eiord1?period=2050-Q2").status());
        measure("EIL year migr_eirtn", () -> api.get("analyst", "/api/v1/statistics/eurostat/migr_eirtn?period=2050").status());
        measure("EIL quarter, all 5 tables", () -> api.get("analyst", "/api/v1/statistics/eurostat?period=2050-Q2").status());
        measure("EIL CSV year", () -> api.getText("analyst", "/api/v1/statistics/eurostat/migr_eiord?period=2050&format=csv").status());
        measure("operational year by month, institution", () -> api.get("analyst",
                "/api/v1/statistics/operational?period=2050&interval=MONTH&by=INSTITUTION").status());
        measure("operational year by unit, citizenship, ground", () -> api.get("analyst",
                "/api/v1/statistics/operational?period=2050&interval=YEAR&by=UNIT,CITIZENSHIP,GROUND").status());
        measure("workload year", () -> api.get("analyst", "/api/v1/statistics/workload?period=2050").status());
        measure("IRMA stock (folds 15 years)", () -> api.get("analyst", "/api/v1/statistics/irma/ready-for-return?month=2054-12").status());
        measure("chart decisions per month svg", () -> api.getText("analyst", "/api/v1/statistics/charts/decisions-per-month.svg?year=2050").status());
        measure("chart returns by citizenship png", () -> api.getText("analyst", "/api/v1/statistics/charts/returns-by-citizenship.png?period=2050").status());
    }

    private static void measure(String what, Supplier<Integer> call) {
        assertThat(call.get()).isEqualTo(200);
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            assertThat(call.get()).isEqualTo(200);
            long took = (System.nanoTime() - start) / 1_000_000;
            best = Math.min(best, took);
            total += took;
        }
        System.out.printf("BENCHMARK %-45s best %5d ms, mean %5d ms%n", what, best, total / 5);
    }

    private static StatisticalFact fact(String personId, String kind, LocalDate day, Institution institution, String unit,
                                        String citizen, Random random) {
        String id = personId + "-" + kind;
        boolean returned = kind.equals("RETURNED");
        return new StatisticalFact(id, kind, List.of(FactKind.valueOf(kind)), personId, "case-" + personId, "decision-" + personId,
                day.toString(), StatisticalFact.monthOf(day), StatisticalFact.quarterOf(day), String.valueOf(day.getYear()),
                Instant.parse("2030-01-01T00:00:00Z"), institution, unit, "officer-" + random.nextInt(40), Role.OFFICER, citizen,
                random.nextInt(10) == 0 ? DecisionType.FORCED_EXPULSION_DECISION : DecisionType.DEPARTURE_ORDER,
                List.of(ReturnGround.values()[random.nextInt(3)]), returned ? (random.nextBoolean() ? "VOLUNT" : "ENFORCE") : null,
                returned ? citizen : null, returned ? (random.nextBoolean() ? "VOLUNT" : "ENFORCE") : null,
                returned ? "N_ASSIST" : null, kind.equals("DETENTION_ENDED") || kind.equals("DECISION_ISSUED")
                ? (long) random.nextInt(60) : null, null);
    }
}
