package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import lv.pmlp.iaiar.api.admin.ProjectionRebuilds;
import lv.pmlp.iaiar.api.synthetic.SyntheticDataLoader;
import lv.pmlp.iaiar.projections.statistics.EilCodes;
import lv.pmlp.iaiar.projections.statistics.FactKind;
import lv.pmlp.iaiar.projections.statistics.ReturnReadiness;
import lv.pmlp.iaiar.projections.statistics.StatisticalFact;
import lv.pmlp.iaiar.projections.statistics.StatisticalProfile;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.query.statistics.EilCell;
import lv.pmlp.iaiar.query.statistics.OperationalFigure;
import lv.pmlp.iaiar.query.statistics.OperationalFigures;
import lv.pmlp.iaiar.query.statistics.OperationalFiguresQuery;
import lv.pmlp.iaiar.query.statistics.PlanVsActual;
import lv.pmlp.iaiar.query.statistics.PlanVsActualQuery;
import lv.pmlp.iaiar.query.statistics.Workload;
import lv.pmlp.iaiar.query.statistics.WorkloadQuery;
import lv.pmlp.iaiar.query.statistics.EilDataset;
import lv.pmlp.iaiar.query.statistics.EilTable;
import lv.pmlp.iaiar.query.statistics.EilTableQuery;
import lv.pmlp.iaiar.query.statistics.ReadyForReturnQuery;
import lv.pmlp.iaiar.query.statistics.ReadyForReturnStock;

/**
 * The pre-aggregated tables equal the tables computed from the facts, for every table, year, quarter and month of
 * a synthetic population with corrected citizenships and birth dates; the IRMA stock equals the readiness rule
 * applied to every person's facts, for every month; the national figures, workload and plan versus actual equal
 * those grouped from the facts as the register did before it kept counters ({@link FactsOracle}).
 */
@PopulationTest
class StatisticsRollupsPopulationTest {

    /** After every recording time in the store: "as known then" is "as known now", computed from the facts. */
    static final Instant AFTER_EVERYTHING = Instant.parse("2999-01-01T00:00:00Z");

    @Autowired
    RegisterClient api;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    QueryGateway queries;
    @Autowired
    SyntheticDataLoader synthetic;
    @Autowired
    ProjectionRebuilds rebuilds;

    private static boolean loaded;

    @BeforeEach
    void aPopulationWithCorrections() {
        if (loaded) {
            return;
        }
        assertThat(synthetic.load(90, 7_101L).failedPersons()).isZero();
        awaitCaughtUp();
        List<String> ordered = mongo.findDistinct(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("kinds")
                .is(FactKind.DECISION_ISSUED.name())), "personId", StatisticalFact.COLLECTION, String.class);
        assertThat(ordered).hasSizeGreaterThan(6);
        // a union citizenship found later (excluded from then on), another third country, a younger birth date
        List<Map<String, Object>> corrections = List.of(Map.of("citizenships", List.of("DE"), "reason", "passport verified"),
                Map.of("citizenships", List.of("UZ"), "reason", "passport verified"),
                Map.of("dateOfBirth", "2010-01-01", "reason", "birth certificate produced"));
        for (int i = 0; i < corrections.size(); i++) {
            var response = api.post("vrs.officer", "/api/v1/persons/" + ordered.get(i) + "/amendments", corrections.get(i));
            assertThat(response.status()).as(response.body() == null ? "" : response.body().toString()).isEqualTo(204);
        }
        awaitCaughtUp();
        loaded = true;
    }

    @Test
    void everyTableFromTheRollupsEqualsTheTableComputedFromTheFacts() {
        List<String> periods = periods();
        int compared = 0;
        for (EilDataset dataset : EilDataset.values()) {
            for (String period : periods) {
                EilTable rollup = table(dataset, period, null);
                EilTable exact = table(dataset, period, AFTER_EVERYTHING);
                String where = dataset + " " + period;
                assertThat(rollup.cells()).as(where).isEqualTo(exact.cells());
                assertThat(rollup.persons()).as(where).isEqualTo(exact.persons());
                assertThat(rollup.excluded()).as(where).isEqualTo(exact.excluded());
                assertThat(rollup.unaccompaniedMinors()).as(where).isEqualTo(exact.unaccompaniedMinors());
                compared += rollup.persons() > 0 ? 1 : 0;
            }
        }
        assertThat(compared).as("tables with persons").isGreaterThan(50);
    }

    @Test
    void theMonthEndStockOfPersonsReadyForReturnEqualsTheRuleAppliedToTheFacts() {
        Map<String, StatisticalProfile> profiles = mongo.findAll(StatisticalProfile.class, StatisticalProfile.COLLECTION).stream()
                .collect(Collectors.toMap(StatisticalProfile::personId, Function.identity()));
        Map<String, List<ReturnReadiness.Step>> steps = new TreeMap<>();
        for (StatisticalFact fact : mongo.find(new Query().with(Sort.by("day", "recordedAt", "_id")), StatisticalFact.class,
                StatisticalFact.COLLECTION)) {
            ReturnReadiness.Step step = ReturnReadiness.Step.of(fact);
            if (step.relevant()) {
                steps.computeIfAbsent(fact.personId(), p -> new ArrayList<>()).add(step);
            }
        }
        long nonEmpty = 0;
        for (String month : periods().stream().filter(p -> p.length() == 7 && !p.contains("Q")).toList()) {
            Map<String, Long> expected = new TreeMap<>();
            steps.forEach((personId, own) -> {
                StatisticalProfile profile = profiles.get(personId);
                if (profile != null && !EilCodes.outsideEil(profile.current())
                        && ReturnReadiness.readyAt(own, YearMonth.parse(month).atEndOfMonth())) {
                    expected.merge(EilCodes.TOTAL, 1L, Long::sum);
                    expected.merge(EilCodes.citizen(profile.current()), 1L, Long::sum);
                }
            });
            ReadyForReturnStock stock = queries.query(new ReadyForReturnQuery(month, 0), ReadyForReturnStock.class).join();
            Map<String, Long> actual = new TreeMap<>();
            for (EilCell cell : stock.byCitizenship()) {
                if (cell.value() != 0) {
                    actual.put(cell.key().get("citizen"), cell.value());
                }
            }
            assertThat(actual).as(month).isEqualTo(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).as("months with a stock").isGreaterThan(12);
    }

    @Test
    void nationalFiguresWorkloadAndPlanFromTheCountersEqualThoseGroupedFromTheFacts() {
        var everything = List.of(OperationalFiguresQuery.Breakdown.INSTITUTION, OperationalFiguresQuery.Breakdown.UNIT,
                OperationalFiguresQuery.Breakdown.CITIZENSHIP, OperationalFiguresQuery.Breakdown.DECISION_TYPE,
                OperationalFiguresQuery.Breakdown.GROUND);
        int rows = 0;
        for (String period : periods().stream().filter(p -> p.length() == 4 || p.endsWith("-Q2")).toList()) {
            for (var interval : OperationalFiguresQuery.Interval.values()) {
                for (var by : List.of(List.<OperationalFiguresQuery.Breakdown>of(), everything,
                        List.of(OperationalFiguresQuery.Breakdown.GROUND))) {
                    for (Institution institution : java.util.Arrays.asList(null, Institution.VRS)) {
                        var query = new OperationalFiguresQuery(period, interval, by, institution, 0);
                        List<OperationalFigure> counters = queries.query(query, OperationalFigures.class).join().rows();
                        assertThat(counters).as(query.toString()).isEqualTo(FactsOracle.figures(mongo, query));
                        rows += counters.size();
                    }
                }
            }
            Workload workload = queries.query(new WorkloadQuery(period, null), Workload.class).join();
            assertThat(workload).as("workload " + period).isEqualTo(FactsOracle.workload(mongo, period, null));
            if (period.length() == 4) {
                PlanVsActual plan = queries.query(new PlanVsActualQuery(Integer.parseInt(period), Map.of(Institution.VRS, 100L)),
                        PlanVsActual.class).join();
                Map<String, Long> actual = new TreeMap<>();
                plan.institutions().forEach(r -> actual.put(r.institution(), r.actual()));
                assertThat(actual).as("plan " + period).isEqualTo(FactsOracle.decisionsByInstitution(mongo, period));
            }
        }
        assertThat(rows).as("figures compared").isGreaterThan(1000);
    }

    private EilTable table(EilDataset dataset, String period, Instant asKnownAt) {
        return queries.query(new EilTableQuery(dataset, period, asKnownAt, 0), EilTable.class).join();
    }

    /** Every year, quarter and month from the first fact's year to the last one's. */
    private List<String> periods() {
        List<String> days = mongo.findDistinct(new Query(), "year", StatisticalFact.COLLECTION, String.class);
        int first = days.stream().mapToInt(Integer::parseInt).min().orElseThrow();
        int last = days.stream().mapToInt(Integer::parseInt).max().orElseThrow();
        List<String> periods = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            periods.add(String.valueOf(year));
            for (int q = 1; q <= 4; q++) {
                periods.add(year + "-Q" + q);
            }
            for (int m = 1; m <= 12; m++) {
                periods.add(YearMonth.of(year, m).toString());
            }
        }
        periods.sort(Comparator.naturalOrder());
        return periods;
    }

    private void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> rebuilds.positions().stream().allMatch(p -> p.caughtUp()));
    }
}
