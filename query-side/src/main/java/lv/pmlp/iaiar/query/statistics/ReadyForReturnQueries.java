package lv.pmlp.iaiar.query.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.events.returncase.DecisionType;
import lv.pmlp.iaiar.projections.statistics.EilCodes;
import lv.pmlp.iaiar.projections.statistics.FactKind;
import lv.pmlp.iaiar.projections.statistics.StatisticalFact;
import lv.pmlp.iaiar.projections.statistics.StatisticalProfile;

/** Folds each decision's facts up to the month's last day into "enforceable and not yet executed". */
@Component
class ReadyForReturnQueries {

    static final List<String> NOTES = List.of(
            "Ready: a forced expulsion decision, or a departure order whose voluntary-departure deadline was missed, "
                    + "in force at month end (not executed, annulled, withdrawn or superseded), with no appeal pending "
                    + "and enforcement not suspended.",
            "Not checked, because the register does not record it: whether a valid travel document is held and "
                    + "whether the person's whereabouts are known; the stock is an upper bound for IRMA dataset 3.",
            "Third-country nationals only; persons, each once.");

    private static final Set<String> CLOSING = Set.of(FactKind.RETURNED.name(), FactKind.DECISION_ANNULLED.name(),
            FactKind.DECISION_WITHDRAWN.name(), FactKind.DECISION_SUPERSEDED.name());
    private static final List<String> RELEVANT = List.of(FactKind.DECISION_ISSUED.name(), FactKind.DEADLINE_MISSED.name(),
            FactKind.APPEAL_LODGED.name(), FactKind.APPEAL_DECIDED.name(), FactKind.ENFORCEMENT_SUSPENDED.name(),
            FactKind.ENFORCEMENT_RESUMED.name(), FactKind.RETURNED.name(), FactKind.DECISION_ANNULLED.name(),
            FactKind.DECISION_WITHDRAWN.name(), FactKind.DECISION_SUPERSEDED.name());

    private final MongoTemplate mongo;

    ReadyForReturnQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    private static final class DecisionState {
        String personId;
        boolean enforceable;
        boolean closed;
        boolean suspended;
        int pendingAppeals;

        boolean ready() {
            return enforceable && !closed && !suspended && pendingAppeals == 0;
        }
    }

    @QueryHandler
    ReadyForReturnStock handle(ReadyForReturnQuery query) {
        ReportingPeriod month = ReportingPeriod.parse(query.month());
        Query facts = Query.query(where("kinds").in(RELEVANT).and("day").lte(month.to().toString()))
                .with(Sort.by("day", "recordedAt", "_id"));
        facts.fields().include("kinds", "decisionId", "personId", "decisionType");
        Map<String, DecisionState> decisions = new HashMap<>();
        for (StatisticalFact fact : mongo.find(facts, StatisticalFact.class, StatisticalFact.COLLECTION)) {
            DecisionState state = decisions.computeIfAbsent(fact.decisionId(), id -> new DecisionState());
            state.personId = fact.personId();
            for (FactKind kind : fact.kinds()) {
                switch (kind) {
                    case DECISION_ISSUED -> state.enforceable = fact.decisionType() == DecisionType.FORCED_EXPULSION_DECISION;
                    case DEADLINE_MISSED -> state.enforceable = true;
                    case APPEAL_LODGED -> state.pendingAppeals++;
                    case APPEAL_DECIDED -> state.pendingAppeals = Math.max(0, state.pendingAppeals - 1);
                    case ENFORCEMENT_SUSPENDED -> state.suspended = true;
                    case ENFORCEMENT_RESUMED -> state.suspended = false;
                    default -> state.closed |= CLOSING.contains(kind.name());
                }
            }
        }
        Set<String> ready = new HashSet<>();
        decisions.values().stream().filter(DecisionState::ready).forEach(d -> ready.add(d.personId));
        Map<String, StatisticalProfile> profiles = mongo.find(Query.query(where("_id").in(ready)), StatisticalProfile.class,
                StatisticalProfile.COLLECTION).stream().collect(Collectors.toMap(StatisticalProfile::personId, Function.identity()));
        Map<String, Long> byCitizen = new TreeMap<>();
        long persons = 0;
        for (StatisticalProfile profile : profiles.values()) {
            if (!EilCodes.outsideEil(profile.current())) {
                byCitizen.merge(EilCodes.citizen(profile.current()), 1L, Long::sum);
                persons++;
            }
        }
        Map<String, Long> cells = new LinkedHashMap<>();
        cells.put(EilCodes.TOTAL, persons);
        cells.putAll(byCitizen);
        EilTable asTable = new EilTable("irma_ready", "", month.label(), "M", null, List.of("citizen"), persons, 0,
                cells.entrySet().stream().map(e -> new EilCell(Map.of("citizen", e.getKey()), e.getValue(), false)).toList(),
                List.of(), List.of(), List.of()).suppressedBelow(query.suppressBelow());
        return new ReadyForReturnStock(month.label(), month.to(), asTable.persons(), asTable.cells(), NOTES);
    }
}
