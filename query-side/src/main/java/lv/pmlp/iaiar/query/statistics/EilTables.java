package lv.pmlp.iaiar.query.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.projections.statistics.EilCodes;
import lv.pmlp.iaiar.projections.statistics.StatisticalFact;
import lv.pmlp.iaiar.projections.statistics.StatisticalProfile;
import lv.pmlp.iaiar.projections.statistics.StatisticsRollups;

/**
 * EIL tables (standards.md §1.2), read from the rollups the projection keeps, or computed from the facts when
 * asked as known at an instant. The unit is the person, counted once per period in
 * each table, with the citizenship, sex and age of their first reference event in the period (age on that day).
 * Every cell is a distinct-person count, totals included, so totals are never sums of rounded cells.
 */
@Component
class EilTables {

    static final List<String> NOTES = List.of(
            "Counts are persons, each counted once per period: the first reference event in the period sets the "
                    + "citizenship, sex, age (on that day) and, for returns, destination, type and assistance.",
            "EU, EEA and Swiss citizens and union citizens' family members are excluded (see 'excluded').",
            "Dublin transfers are not recorded in the register as decisions, so none needs excluding.",
            "Unaccompanied minors: taken from the return case (recorded when it is opened); adults are NOT_UAM, "
                    + "minors and persons of unknown age are UAM or NOT_UAM as recorded, UNK where the case does not say.",
            "Citizen STLS is stateless, UNK unknown; of several citizenships the first third-country one (A-Z) is used.",
            "Exact counts; the CSV export rounds to multiples of 5.");

    private final MongoTemplate mongo;

    EilTables(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    EilTable handle(EilTableQuery query) {
        return compute(query.dataset(), ReportingPeriod.parse(query.period()), query.asKnownAt())
                .suppressedBelow(query.suppressBelow());
    }

    /** From the rollups kept by the projection; as known at an instant, from the facts (the rollups hold only now). */
    EilTable compute(EilDataset dataset, ReportingPeriod period, Instant asKnownAt) {
        return asKnownAt == null ? fromRollups(dataset, period) : exact(dataset, period, asKnownAt);
    }

    /** A few documents per table and period: distinct-person counts per cell, maintained as the facts arrive. */
    EilTable fromRollups(EilDataset dataset, ReportingPeriod period) {
        Query documents = Query.query(where("_id").in(dataset.rollup().documentIds(period.label())));
        Map<List<String>, Long> counts = new HashMap<>();
        Map<List<String>, Long> uam = new TreeMap<>(Comparator.comparing(Object::toString));
        long excluded = 0;
        for (Document rollup : mongo.find(documents, Document.class, StatisticsRollups.EIL)) {
            counters(rollup, StatisticsRollups.CELLS).forEach((name, n) -> counts.merge(StatisticsRollups.cellCodes(name), n, Long::sum));
            counters(rollup, StatisticsRollups.UAM).forEach((name, n) -> uam.merge(List.of(StatisticsRollups.decode(name)), n, Long::sum));
            excluded += rollup.get(StatisticsRollups.EXCLUDED) instanceof Number n ? n.longValue() : 0;
        }
        counts.values().removeIf(n -> n == 0);
        uam.values().removeIf(n -> n == 0);
        return table(dataset, period, null, counts, uam, excluded);
    }

    /** The counters under {@code field} (a person who moved to another cell leaves a zero behind). */
    private static Map<String, Long> counters(Document rollup, String field) {
        Map<String, Long> counters = new LinkedHashMap<>();
        if (rollup.get(field) instanceof Document nested) {
            nested.forEach((name, value) -> counters.put(name, ((Number) value).longValue()));
        }
        return counters;
    }

    /** Reads the facts recorded by {@code asKnownAt} and the person data the register held then. */
    EilTable exact(EilDataset dataset, ReportingPeriod period, Instant asKnownAt) {
        Criteria criteria = where("kinds").is(dataset.reference().name())
                .and("day").gte(period.from().toString()).lte(period.to().toString());
        if (asKnownAt != null) {
            criteria = criteria.and("recordedAt").lte(asKnownAt);
        }
        Query query = Query.query(criteria).with(Sort.by("day", "recordedAt", "_id"));
        query.fields().include("personId", "day", "recordedAt", "destination", "returnType", "assistance",
                "unaccompaniedMinor");
        Map<String, StatisticalFact> firstPerPerson = new LinkedHashMap<>();
        for (StatisticalFact fact : mongo.find(query, StatisticalFact.class, StatisticalFact.COLLECTION)) {
            firstPerPerson.putIfAbsent(fact.personId(), fact);
        }
        Map<String, StatisticalProfile> profiles = mongo.find(Query.query(where("_id").in(firstPerPerson.keySet())),
                        StatisticalProfile.class, StatisticalProfile.COLLECTION).stream()
                .collect(Collectors.toMap(StatisticalProfile::personId, Function.identity()));

        Map<List<String>, Long> counts = new HashMap<>();
        Map<List<String>, Long> uam = new TreeMap<>(Comparator.comparing(Object::toString));
        long excluded = 0;
        for (StatisticalFact fact : firstPerPerson.values()) {
            StatisticalProfile profile = profiles.get(fact.personId());
            StatisticalProfile.Revision person = profile == null ? null : profile.asKnownAt(asKnownAt).orElse(null);
            if (person == null) {
                continue;
            }
            if (EilCodes.outsideEil(person)) {
                excluded++;
                continue;
            }
            String age = EilCodes.ageBand(person.dateOfBirth(), fact.date());
            List<List<String>> values = new ArrayList<>();
            values.add(List.of(EilCodes.citizen(person), EilCodes.TOTAL));
            values.add(List.of(EilCodes.sex(person.sex()), EilCodes.SEX_TOTAL));
            values.add(EilCodes.minor(age) ? List.of(age, EilCodes.MINORS, EilCodes.TOTAL) : List.of(age, EilCodes.TOTAL));
            switch (dataset) {
                case RETURNED -> values.add(List.of(fact.destination(), EilCodes.TOTAL));
                case RETURNED_BY_TYPE -> values.add(List.of(fact.returnType(), EilCodes.ALL_RETURNS));
                case RETURNED_BY_ASSISTANCE -> values.add(List.of(fact.assistance(), EilCodes.ALL_RETURNS));
                default -> { }
            }
            cartesian(values, 0, new ArrayList<>(), counts);
            uam.merge(List.of(EilCodes.uam(age, fact.unaccompaniedMinor())), 1L, Long::sum);
        }
        return table(dataset, period, asKnownAt, counts, uam, excluded);
    }

    private static EilTable table(EilDataset dataset, ReportingPeriod period, Instant asKnownAt, Map<List<String>, Long> counts,
                                  Map<List<String>, Long> uam, long excluded) {
        List<String> dimensions = dataset.dimensions();
        List<EilCell> cells = counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(EilTables::compareKeys))
                .map(e -> new EilCell(keyOf(dimensions, e.getKey()), e.getValue(), false))
                .toList();
        List<EilCell> uamCells = uam.entrySet().stream()
                .map(e -> new EilCell(Map.of("uam", e.getKey().get(0)), e.getValue(), false)).toList();
        long persons = counts.getOrDefault(totalKey(dataset, dimensions.size()), 0L);
        return new EilTable(dataset.code(period), dataset.title(), period.label(), period.frequency(), asKnownAt, dimensions,
                persons, excluded, cells, uamCells, NOTES, List.of());
    }

    private static List<String> totalKey(EilDataset dataset, int size) {
        List<String> key = new ArrayList<>(List.of(EilCodes.TOTAL, EilCodes.SEX_TOTAL, EilCodes.TOTAL));
        if (size > 3) {
            key.add(dataset == EilDataset.RETURNED ? EilCodes.TOTAL : EilCodes.ALL_RETURNS);
        }
        return key;
    }

    /** Adds the person to every cell they belong to: their own codes and each total or aggregate. */
    private static void cartesian(List<List<String>> values, int dimension, List<String> key, Map<List<String>, Long> counts) {
        if (dimension == values.size()) {
            counts.merge(List.copyOf(key), 1L, Long::sum);
            return;
        }
        for (String code : values.get(dimension)) {
            key.add(code);
            cartesian(values, dimension + 1, key, counts);
            key.remove(key.size() - 1);
        }
    }

    /** Totals first, then codes in alphabetical order, dimension by dimension. */
    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = Comparator.comparing(EilTables::isTotal).reversed().thenComparing(Comparator.<String>naturalOrder())
                    .compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static boolean isTotal(String code) {
        return EilCodes.TOTAL.equals(code) || EilCodes.SEX_TOTAL.equals(code) || EilCodes.ALL_RETURNS.equals(code);
    }

    private static Map<String, String> keyOf(List<String> dimensions, List<String> codes) {
        Map<String, String> key = new LinkedHashMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            key.put(dimensions.get(i), codes.get(i));
        }
        return key;
    }
}
