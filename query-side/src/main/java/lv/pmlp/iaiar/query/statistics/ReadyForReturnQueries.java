package lv.pmlp.iaiar.query.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.projections.statistics.EilCodes;
import lv.pmlp.iaiar.projections.statistics.StatisticsRollups;

/**
 * IRMA dataset 3: persons with a decision "enforceable and not yet executed" at the month's last day (the rule is
 * {@link lv.pmlp.iaiar.projections.statistics.ReturnReadiness}), from the monthly changes the projection keeps.
 */
@Component
class ReadyForReturnQueries {

    static final List<String> NOTES = List.of(
            "Ready: a forced expulsion decision, or a departure order whose voluntary-departure deadline was missed, "
                    + "in force at month end (not executed, annulled, withdrawn or superseded), with no appeal pending "
                    + "and enforcement not suspended.",
            "Not checked, because the register does not record it: whether a valid travel document is held and "
                    + "whether the person's whereabouts are known; the stock is an upper bound for IRMA dataset 3.",
            "Third-country nationals only; persons, each once.");

    private final MongoTemplate mongo;

    ReadyForReturnQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The month-end stock is the sum of the monthly changes the projection keeps, from the first month to this one:
     * one document per month with a change (its id is the month), read with one range query on the id. The
     * collection has at most twelve documents a year, so even the embedded store's scan of it reads a few hundred.
     * (There is no "first month" document to start from: it would remember months whose changes later cancelled,
     * so its content would depend on how the events were batched.)
     */
    @QueryHandler
    ReadyForReturnStock handle(ReadyForReturnQuery query) {
        ReportingPeriod month = ReportingPeriod.parse(query.month());
        Query changes = Query.query(where("_id").lte(YearMonth.from(month.to()).toString()));
        long persons = 0;
        Map<String, Long> byCitizen = new TreeMap<>();
        for (Document change : mongo.find(changes, Document.class, StatisticsRollups.IRMA)) {
            persons += change.get(StatisticsRollups.PERSONS_FIELD) instanceof Number n ? n.longValue() : 0;
            if (change.get(StatisticsRollups.CITIZENS) instanceof Document citizens) {
                citizens.forEach((code, n) -> byCitizen.merge(StatisticsRollups.decode(code), ((Number) n).longValue(), Long::sum));
            }
        }
        byCitizen.values().removeIf(n -> n == 0);
        Map<String, Long> cells = new LinkedHashMap<>();
        cells.put(EilCodes.TOTAL, persons);
        cells.putAll(byCitizen);
        EilTable asTable = new EilTable("irma_ready", "", month.label(), "M", null, List.of("citizen"), persons, 0,
                cells.entrySet().stream().map(e -> new EilCell(Map.of("citizen", e.getKey()), e.getValue(), false)).toList(),
                List.of(), List.of(), List.of()).suppressedBelow(query.suppressBelow());
        return new ReadyForReturnStock(month.label(), month.to(), asTable.persons(), asTable.cells(), NOTES);
    }
}
