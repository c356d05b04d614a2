package lv.pmlp.iaiar.api;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.Fields;
import org.springframework.data.mongodb.core.query.Criteria;

import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.projections.statistics.FactKind;
import lv.pmlp.iaiar.projections.statistics.StatisticalFact;
import lv.pmlp.iaiar.query.statistics.OperationalFigure;
import lv.pmlp.iaiar.query.statistics.OperationalFiguresQuery;
import lv.pmlp.iaiar.query.statistics.ReportingPeriod;
import lv.pmlp.iaiar.query.statistics.Workload;

/**
 * The national figures, workload and plan versus actual grouped straight from the facts, as the register computed
 * them before it kept counters: the reference the counters are checked against.
 */
final class FactsOracle {

    private static final List<String> FIGURES = Arrays.stream(FactKind.values())
            .filter(k -> k != FactKind.PERSON_REGISTERED).map(Enum::name).toList();
    private static final Map<OperationalFiguresQuery.Breakdown, String> FIELDS = Map.of(
            OperationalFiguresQuery.Breakdown.INSTITUTION, "institution", OperationalFiguresQuery.Breakdown.UNIT, "unit",
            OperationalFiguresQuery.Breakdown.CITIZENSHIP, "citizenship",
            OperationalFiguresQuery.Breakdown.DECISION_TYPE, "decisionType", OperationalFiguresQuery.Breakdown.GROUND, "grounds");

    private FactsOracle() {
    }

    static List<OperationalFigure> figures(MongoTemplate mongo, OperationalFiguresQuery query) {
        ReportingPeriod period = ReportingPeriod.parse(query.period());
        Criteria criteria = inPeriod(period).and("kinds").in(FIGURES);
        if (query.institution() != null) {
            criteria = criteria.and("institution").is(query.institution().name());
        }
        List<AggregationOperation> pipeline = new ArrayList<>(List.of(match(criteria), unwind("kinds"),
                match(where("kinds").in(FIGURES))));
        if (query.by().contains(OperationalFiguresQuery.Breakdown.GROUND)) {
            pipeline.add(unwind("grounds", true));
        }
        String interval = query.interval().name().toLowerCase(java.util.Locale.ROOT);
        List<String> keys = new ArrayList<>(List.of(interval, "kinds", "detail"));
        query.by().forEach(b -> keys.add(FIELDS.get(b)));
        pipeline.add(group(Fields.fields(keys.toArray(String[]::new))).count().as("count")
                .avg("days").as("averageDays").max("days").as("maximumDays"));
        List<OperationalFigure> rows = new ArrayList<>();
        for (Document group : mongo.aggregate(newAggregation(pipeline), StatisticalFact.COLLECTION, Document.class)) {
            Document id = group.get("_id", Document.class);
            Number max = group.get("maximumDays", Number.class);
            Number average = group.get("averageDays", Number.class);
            rows.add(new OperationalFigure(id.getString(interval), id.getString("kinds"), id.getString("detail"),
                    id.getString("institution"), id.getString("unit"), id.getString("citizenship"),
                    id.getString("decisionType"), id.getString("grounds"), group.get("count", Number.class).longValue(),
                    average == null ? null : Math.round(average.doubleValue() * 10) / 10.0,
                    max == null ? null : max.longValue(), false));
        }
        rows.sort(Comparator.comparing(OperationalFigure::period)
                .thenComparing(OperationalFigure::figure)
                .thenComparing(r -> String.join("|", String.valueOf(r.detail()), String.valueOf(r.institution()),
                        String.valueOf(r.unit()), String.valueOf(r.decisionType()), String.valueOf(r.ground()),
                        String.valueOf(r.citizenship()))));
        return rows;
    }

    static Map<String, Long> decisionsByInstitution(MongoTemplate mongo, String year) {
        Map<String, Long> actual = new TreeMap<>();
        for (Institution institution : List.of(Institution.PMLP, Institution.VRS)) {
            actual.put(institution.name(), 0L);
        }
        for (Document group : mongo.aggregate(newAggregation(
                match(inPeriod(ReportingPeriod.parse(year)).and("kinds").is(FactKind.DECISION_ISSUED.name())),
                group("institution").count().as("count")), StatisticalFact.COLLECTION, Document.class)) {
            actual.put(group.getString("_id"), group.get("count", Number.class).longValue());
        }
        return actual;
    }

    static Workload workload(MongoTemplate mongo, String periodLabel, String unitOnly) {
        ReportingPeriod period = ReportingPeriod.parse(periodLabel);
        Criteria acts = inPeriod(period).and("role").ne("SYSTEM");
        if (unitOnly != null) {
            acts = acts.and("unit").is(unitOnly);
        }
        Map<List<String>, long[]> counts = new TreeMap<>(Comparator.comparing(Object::toString));
        for (Document group : mongo.aggregate(newAggregation(match(acts), group("unit", "userId").count().as("count")),
                StatisticalFact.COLLECTION, Document.class)) {
            counts.put(officer(group), new long[] {0, group.get("count", Number.class).longValue(), 0, 0});
        }
        for (Document group : mongo.aggregate(newAggregation(match(acts.and("kinds").is(FactKind.DECISION_ISSUED.name())),
                        group("unit", "userId").count().as("count").sum("days").as("sumDays").max("days").as("maxDays")),
                StatisticalFact.COLLECTION, Document.class)) {
            long[] row = counts.computeIfAbsent(officer(group), k -> new long[4]);
            row[0] = group.get("count", Number.class).longValue();
            row[1] -= row[0];
            row[2] = group.get("sumDays", Number.class) == null ? 0 : group.get("sumDays", Number.class).longValue();
            row[3] = group.get("maxDays", Number.class) == null ? 0 : group.get("maxDays", Number.class).longValue();
        }
        List<Workload.Row> officers = new ArrayList<>();
        Map<String, long[]> units = new TreeMap<>();
        counts.forEach((key, row) -> {
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

    private static List<String> officer(Document group) {
        Document id = group.get("_id", Document.class);
        return List.of(String.valueOf(id.getString("unit")), String.valueOf(id.getString("userId")));
    }

    private static Workload.Row row(String unit, String userId, long[] row) {
        Double average = row[0] == 0 ? null : Math.round(row[2] * 10.0 / row[0]) / 10.0;
        return new Workload.Row(unit, userId, row[0], row[1], average, row[0] == 0 ? null : row[3]);
    }

    private static Criteria inPeriod(ReportingPeriod period) {
        return where("day").gte(period.from().toString()).lte(period.to().toString());
    }
}
