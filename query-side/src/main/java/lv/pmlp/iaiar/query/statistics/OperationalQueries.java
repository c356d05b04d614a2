package lv.pmlp.iaiar.query.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.projections.statistics.FactKind;
import lv.pmlp.iaiar.projections.statistics.StatisticalFact;
import lv.pmlp.iaiar.projections.statistics.StatisticsRollups;

/**
 * National figures, plan versus actual and workload, from the monthly operational counters the projection keeps
 * ({@link StatisticsRollups#OPS}): a year is at most 12 months of a few documents, whatever the number of facts.
 */
@Component
class OperationalQueries {

    private static final List<String> FIGURES = Arrays.stream(FactKind.values())
            .filter(k -> k != FactKind.PERSON_REGISTERED).map(Enum::name).toList();

    /** The counters of the national figures and of the workload in a month's documents. */
    private static final List<String> FIGURE_COUNTERS = List.of(StatisticsRollups.OPS_COUNT, StatisticsRollups.OPS_SUM,
            StatisticsRollups.OPS_WITH_DAYS, StatisticsRollups.OPS_DAYS);
    private static final List<String> WORK_COUNTERS = List.of(StatisticsRollups.WORK_ACTS, StatisticsRollups.WORK_DECISIONS,
            StatisticsRollups.WORK_SUM, StatisticsRollups.WORK_DAYS);

    private static final char SORT_SEPARATOR = '\u0001';

    private final MongoTemplate mongo;

    OperationalQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Count, sum and number of day counts, and how many facts had each number of days. */
    private static final class Totals {
        long count;
        long sumDays;
        long withDays;
        /** null until a number of days is counted: most figures have none */
        Map<Long, Long> days;

        void countDays(long days, long n) {
            if (this.days == null) {
                this.days = new HashMap<>();
            }
            this.days.merge(days, n, Long::sum);
        }

        void add(Totals other) {
            count += other.count;
            sumDays += other.sumDays;
            withDays += other.withDays;
            if (other.days != null) {
                other.days.forEach(this::countDays);
            }
        }

        Long maximum() {
            return days == null ? null : days.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                    .max(Long::compare).orElse(null);
        }
    }

    /** One figure key of a counter document: kind, detail, institution, unit, citizenship, decision type, grounds. */
    private record Figure(String kind, String detail, String institution, String unit, String citizenship,
                          String decisionType, List<String> grounds) {

        /**
         * Figure keys come from the code lists, so the same few thousand recur in every period and every query;
         * their parses are remembered, up to {@value #PARSED_LIMIT}.
         */
        private static final int PARSED_LIMIT = 20_000;
        private static final Map<String, Figure> PARSED = new ConcurrentHashMap<>();

        static Figure of(String key) {
            Figure known = PARSED.get(key);
            if (known != null) {
                return known;
            }
            Figure figure = parse(key);
            if (PARSED.size() < PARSED_LIMIT) {
                PARSED.put(key, figure);
            }
            return figure;
        }

        static Figure parse(String key) {
            String[] parts = key.split("\\|", -1);
            List<String> grounds = parts[6].isEmpty() ? List.of()
                    : Arrays.stream(parts[6].split("\\+")).map(StatisticsRollups::decode).toList();
            return new Figure(StatisticsRollups.decodeOrNone(parts[0]), StatisticsRollups.decodeOrNone(parts[1]),
                    StatisticsRollups.decodeOrNone(parts[2]), StatisticsRollups.decodeOrNone(parts[3]),
                    StatisticsRollups.decodeOrNone(parts[4]), StatisticsRollups.decodeOrNone(parts[5]), grounds);
        }
    }

    @QueryHandler
    OperationalFigures handle(OperationalFiguresQuery query) {
        ReportingPeriod period = ReportingPeriod.parse(query.period());
        boolean byGround = query.by().contains(OperationalFiguresQuery.Breakdown.GROUND);
        // First each figure key's counters per interval, so that a key is parsed and grouped once per interval, not
        // once per counter and document: the documents of a year hold tens of thousands of counters.
        Map<String, Map<String, Totals>> byInterval = new HashMap<>();
        forEachMonth(period, FIGURE_COUNTERS, (month, document) -> {
            Map<String, Totals> keys = byInterval.computeIfAbsent(label(query.interval(), month), k -> new HashMap<>());
            for (String counter : FIGURE_COUNTERS) {
                if (document.get(counter) instanceof Document values) {
                    values.forEach((name, value) -> tally(keys, counter, name, ((Number) value).longValue()));
                }
            }
        });
        // hashed, not sorted: the rows are sorted once at the end
        Map<List<String>, Totals> groups = new HashMap<>();
        byInterval.forEach((label, keys) -> keys.forEach((key, totals) -> {
            Figure figure = Figure.of(key);
            if (!FIGURES.contains(figure.kind())
                    || query.institution() != null && !query.institution().name().equals(figure.institution())) {
                return;
            }
            List<String> grounds = !byGround || figure.grounds().isEmpty() ? Collections.singletonList(null) : figure.grounds();
            for (String ground : grounds) {
                groups.computeIfAbsent(groupKey(query, label, figure, ground), k -> new Totals()).add(totals);
            }
        }));
        // sorted by period, figure, then the rest joined: one string per row, built once, not per comparison; the
        // separator sorts below every character of the parts, so the strings sort as the parts would one by one
        List<Map.Entry<String, OperationalFigure>> sorted = new ArrayList<>(groups.size());
        groups.forEach((key, totals) -> {
            if (totals.count == 0) {
                return;
            }
            Double average = totals.withDays == 0 ? null
                    : Math.round((double) totals.sumDays / totals.withDays * 10) / 10.0;
            OperationalFigure row = new OperationalFigure(key.get(0), key.get(1), key.get(2), key.get(3), key.get(4), key.get(5),
                    key.get(6), key.get(7), totals.count, average, totals.maximum(), false).suppressedBelow(query.suppressBelow());
            sorted.add(Map.entry(row.period() + SORT_SEPARATOR + row.figure() + SORT_SEPARATOR + String.join("|",
                    String.valueOf(row.detail()), String.valueOf(row.institution()), String.valueOf(row.unit()),
                    String.valueOf(row.decisionType()), String.valueOf(row.ground()), String.valueOf(row.citizenship())), row));
        });
        sorted.sort(Map.Entry.comparingByKey());
        List<OperationalFigure> rows = sorted.stream().map(Map.Entry::getValue).toList();
        return new OperationalFigures(period.label(), query.interval().name(), query.by().stream().map(Enum::name).toList(), rows,
                List.of());
    }

    /** Adds one counter of a document to its figure key's totals; a day count's name ends with {@code |days}. */
    private static void tally(Map<String, Totals> keys, String counter, String name, long n) {
        if (counter.equals(StatisticsRollups.OPS_DAYS)) {
            int bar = name.lastIndexOf('|');
            keys.computeIfAbsent(name.substring(0, bar), k -> new Totals()).countDays(Long.parseLong(name, bar + 1, name.length(), 10), n);
            return;
        }
        Totals totals = keys.computeIfAbsent(name, k -> new Totals());
        switch (counter) {
            case StatisticsRollups.OPS_COUNT -> totals.count += n;
            case StatisticsRollups.OPS_SUM -> totals.sumDays += n;
            default -> totals.withDays += n;
        }
    }

    private static String label(OperationalFiguresQuery.Interval interval, YearMonth month) {
        return switch (interval) {
            case MONTH -> month.toString();
            case QUARTER -> StatisticalFact.quarterOf(month.atDay(1));
            case YEAR -> String.valueOf(month.getYear());
        };
    }

    /** period, figure, detail, then institution, unit, citizenship, decision type, ground where asked for (else null). */
    private static List<String> groupKey(OperationalFiguresQuery query, String label, Figure figure, String ground) {
        List<OperationalFiguresQuery.Breakdown> by = query.by();
        return Arrays.asList(label, figure.kind(), figure.detail(),
                by.contains(OperationalFiguresQuery.Breakdown.INSTITUTION) ? figure.institution() : null,
                by.contains(OperationalFiguresQuery.Breakdown.UNIT) ? figure.unit() : null,
                by.contains(OperationalFiguresQuery.Breakdown.CITIZENSHIP) ? figure.citizenship() : null,
                by.contains(OperationalFiguresQuery.Breakdown.DECISION_TYPE) ? figure.decisionType() : null,
                ground);
    }

    @QueryHandler
    PlanVsActual handle(PlanVsActualQuery query) {
        ReportingPeriod year = ReportingPeriod.parse(String.valueOf(query.year()));
        Map<String, Long> actual = new TreeMap<>();
        for (Institution institution : List.of(Institution.PMLP, Institution.VRS)) {
            actual.put(institution.name(), 0L);
        }
        forEachMonth(year, List.of(StatisticsRollups.OPS_COUNT), (month, document) -> {
            if (document.get(StatisticsRollups.OPS_COUNT) instanceof Document counts) {
                counts.forEach((name, value) -> {
                    Figure figure = Figure.of(name);
                    if (FactKind.DECISION_ISSUED.name().equals(figure.kind())) {
                        actual.merge(String.valueOf(figure.institution()), ((Number) value).longValue(), Long::sum);
                    }
                });
            }
        });
        List<PlanVsActual.Row> rows = actual.entrySet().stream().map(e -> {
            Long planned = query.targets().get(Institution.valueOf(e.getKey()));
            Double percent = planned == null || planned == 0 ? null : Math.round(e.getValue() * 1000.0 / planned) / 10.0;
            return new PlanVsActual.Row(e.getKey(), planned, e.getValue(), percent);
        }).toList();
        return new PlanVsActual(query.year(), rows);
    }

    @QueryHandler
    Workload handle(WorkloadQuery query) {
        ReportingPeriod period = ReportingPeriod.parse(query.period());
        // {decisions, acts, sum of days to decision, maximum days to decision}
        Map<List<String>, long[]> counts = new HashMap<>();
        Map<List<String>, Map<Long, Long>> days = new HashMap<>();
        forEachMonth(period, WORK_COUNTERS, (month, document) -> {
            for (String counter : WORK_COUNTERS) {
                if (!(document.get(counter) instanceof Document values)) {
                    continue;
                }
                values.forEach((name, value) -> {
                    String[] parts = name.split("\\|", -1);
                    String unit = StatisticsRollups.decodeOrNone(parts[0]);
                    if (query.unit() != null && !query.unit().equals(unit)) {
                        return;
                    }
                    List<String> officer = List.of(String.valueOf(unit), String.valueOf(StatisticsRollups.decodeOrNone(parts[1])));
                    long n = ((Number) value).longValue();
                    long[] row = counts.computeIfAbsent(officer, k -> new long[4]);
                    switch (counter) {
                        case StatisticsRollups.WORK_ACTS -> row[1] += n;
                        case StatisticsRollups.WORK_DECISIONS -> row[0] += n;
                        case StatisticsRollups.WORK_SUM -> row[2] += n;
                        default -> days.computeIfAbsent(officer, k -> new HashMap<>()).merge(Long.parseLong(parts[2]), n, Long::sum);
                    }
                });
            }
        });
        List<Workload.Row> officers = new ArrayList<>();
        Map<String, long[]> units = new TreeMap<>();
        Map<List<String>, long[]> byOfficer = new TreeMap<>(Comparator.comparing(Object::toString));
        byOfficer.putAll(counts);
        byOfficer.forEach((key, row) -> {
            if (row[1] == 0) {
                return;
            }
            row[1] -= row[0];
            row[3] = days.getOrDefault(key, Map.of()).entrySet().stream().filter(e -> e.getValue() > 0)
                    .mapToLong(Map.Entry::getKey).max().orElse(0);
            officers.add(row(key.get(0), key.get(1), row));
            long[] unit = units.computeIfAbsent(key.get(0), k -> new long[4]);
            unit[0] += row[0];
            unit[1] += row[1];
            unit[2] += row[2];
            unit[3] = Math.max(unit[3], row[3]);
        });
        return new Workload(period.label(), officers,
                units.entrySet().stream().map(e -> row(e.getKey(), null, e.getValue())).toList());
    }

    /**
     * Reads these counters of every month of the period, looked up by id. A month's documents hold the national
     * figures and the workload side by side; each query is sent only the counters it adds up.
     */
    private void forEachMonth(ReportingPeriod period, List<String> counters, BiConsumer<YearMonth, Document> consumer) {
        List<String> ids = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to())); month = month.plusMonths(1)) {
            for (int bucket = 0; bucket < StatisticsRollups.OPS_BUCKETS; bucket++) {
                ids.add(month + "#" + bucket);
            }
        }
        Query documents = Query.query(where("_id").in(ids));
        counters.forEach(documents.fields()::include);
        for (Document document : mongo.find(documents, Document.class, StatisticsRollups.OPS)) {
            String id = document.getString("_id");
            consumer.accept(YearMonth.parse(id.substring(0, id.indexOf('#'))), document);
        }
    }

    /** {decisions, other acts, sum of days to decision, maximum days to decision}. */
    private static Workload.Row row(String unit, String userId, long[] row) {
        Double average = row[0] == 0 ? null : Math.round(row[2] * 10.0 / row[0]) / 10.0;
        return new Workload.Row(unit, userId, row[0], row[1], average, row[0] == 0 ? null : row[3]);
    }
}
