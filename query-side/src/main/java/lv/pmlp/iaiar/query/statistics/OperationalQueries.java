package lv.pmlp.iaiar.query.statistics;

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

import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.Fields;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.projections.statistics.FactKind;
import lv.pmlp.iaiar.projections.statistics.StatisticalFact;

/** National figures and plan versus actual, grouped in the store so only the groups travel. */
@Component
class OperationalQueries {

    private static final List<String> FIGURES = Arrays.stream(FactKind.values())
            .filter(k -> k != FactKind.PERSON_REGISTERED).map(Enum::name).toList();

    private final MongoTemplate mongo;

    OperationalQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    OperationalFigures handle(OperationalFiguresQuery query) {
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
        List<String> keys = new ArrayList<>(List.of(query.interval().field, "kinds", "detail"));
        query.by().forEach(b -> keys.add(b.field));
        pipeline.add(group(Fields.fields(keys.toArray(String[]::new))).count().as("count")
                .avg("days").as("averageDays").max("days").as("maximumDays"));
        List<OperationalFigure> rows = new ArrayList<>();
        for (Document group : mongo.aggregate(newAggregation(pipeline), StatisticalFact.COLLECTION, Document.class)) {
            Document id = group.get("_id", Document.class);
            Number max = group.get("maximumDays", Number.class);
            Number average = group.get("averageDays", Number.class);
            rows.add(new OperationalFigure(id.getString(query.interval().field), id.getString("kinds"), id.getString("detail"),
                    id.getString("institution"), id.getString("unit"), id.getString("citizenship"),
                    id.getString("decisionType"), id.getString("grounds"), group.get("count", Number.class).longValue(),
                    average == null ? null : Math.round(average.doubleValue() * 10) / 10.0,
                    max == null ? null : max.longValue(), false).suppressedBelow(query.suppressBelow()));
        }
        rows.sort(Comparator.comparing(OperationalFigure::period)
                .thenComparing(OperationalFigure::figure)
                .thenComparing(r -> String.join("|", String.valueOf(r.detail()), String.valueOf(r.institution()),
                        String.valueOf(r.unit()), String.valueOf(r.decisionType()), String.valueOf(r.ground()),
                        String.valueOf(r.citizenship()))));
        return new OperationalFigures(period.label(), query.interval().name(), query.by().stream().map(Enum::name).toList(), rows,
                List.of());
    }

    @QueryHandler
    PlanVsActual handle(PlanVsActualQuery query) {
        ReportingPeriod year = ReportingPeriod.parse(String.valueOf(query.year()));
        Map<String, Long> actual = new TreeMap<>();
        for (Institution institution : List.of(Institution.PMLP, Institution.VRS)) {
            actual.put(institution.name(), 0L);
        }
        for (Document group : mongo.aggregate(newAggregation(
                match(inPeriod(year).and("kinds").is(FactKind.DECISION_ISSUED.name())),
                group("institution").count().as("count")), StatisticalFact.COLLECTION, Document.class)) {
            actual.put(group.getString("_id"), group.get("count", Number.class).longValue());
        }
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
        Criteria acts = inPeriod(period).and("role").ne("SYSTEM");
        if (query.unit() != null) {
            acts = acts.and("unit").is(query.unit());
        }
        Map<List<String>, long[]> counts = new TreeMap<>(Comparator.comparing(Object::toString));
        Map<List<String>, Double> averages = new TreeMap<>(Comparator.comparing(Object::toString));
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

    /** {decisions, other acts, sum of days to decision, maximum days to decision}. */
    private static Workload.Row row(String unit, String userId, long[] row) {
        Double average = row[0] == 0 ? null : Math.round(row[2] * 10.0 / row[0]) / 10.0;
        return new Workload.Row(unit, userId, row[0], row[1], average, row[0] == 0 ? null : row[3]);
    }

    private static Criteria inPeriod(ReportingPeriod period) {
        return where("day").gte(period.from().toString()).lte(period.to().toString());
    }
}
