package lv.pmlp.iaiar.projections.statistics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lv.pmlp.iaiar.events.returncase.DecisionType;

/**
 * IRMA dataset 3's rule (standards.md §4): a person is ready to be returned at a day when one of their decisions
 * is enforceable and not yet executed on that day. One rule for the month-end stock kept per month and for anyone
 * who recomputes it from the facts.
 */
public final class ReturnReadiness {

    /** The fact kinds the rule reads. */
    public static final Set<FactKind> RELEVANT = Set.of(FactKind.DECISION_ISSUED, FactKind.DEADLINE_MISSED,
            FactKind.APPEAL_LODGED, FactKind.APPEAL_DECIDED, FactKind.ENFORCEMENT_SUSPENDED, FactKind.ENFORCEMENT_RESUMED,
            FactKind.RETURNED, FactKind.DECISION_ANNULLED, FactKind.DECISION_WITHDRAWN, FactKind.DECISION_SUPERSEDED);

    private static final Set<FactKind> CLOSING = Set.of(FactKind.RETURNED, FactKind.DECISION_ANNULLED,
            FactKind.DECISION_WITHDRAWN, FactKind.DECISION_SUPERSEDED);

    /** What the rule needs of a fact: its decision, kinds, effective day and order of recording. */
    public record Step(String eventId, String decisionId, List<FactKind> kinds, String day, java.time.Instant recordedAt,
                       DecisionType decisionType) {

        /** The order the facts are folded in: by effective day, then recording, then event id. */
        public static final Comparator<Step> ORDER = Comparator.comparing(Step::day)
                .thenComparing(Step::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Step::eventId);

        public static Step of(StatisticalFact fact) {
            return new Step(fact.eventId(), fact.decisionId(), fact.kinds(), fact.day(), fact.recordedAt(), fact.decisionType());
        }

        public boolean relevant() {
            return kinds.stream().anyMatch(RELEVANT::contains);
        }
    }

    private ReturnReadiness() {
    }

    private static final class DecisionState {
        boolean enforceable;
        boolean closed;
        boolean suspended;
        int pendingAppeals;

        boolean ready() {
            return enforceable && !closed && !suspended && pendingAppeals == 0;
        }
    }

    /**
     * Whether any decision is ready at the end of {@code day}: a forced expulsion decision, or a departure order
     * whose deadline was missed, not executed, annulled, withdrawn or superseded, no appeal pending and
     * enforcement not suspended. {@code steps} must be in {@link Step#ORDER}.
     */
    public static boolean readyAt(List<Step> steps, LocalDate day) {
        String last = day.toString();
        Map<String, DecisionState> decisions = new HashMap<>();
        for (Step step : steps) {
            if (step.day().compareTo(last) > 0) {
                break;
            }
            DecisionState state = decisions.computeIfAbsent(String.valueOf(step.decisionId()), id -> new DecisionState());
            for (FactKind kind : step.kinds()) {
                switch (kind) {
                    case DECISION_ISSUED -> state.enforceable = step.decisionType() == DecisionType.FORCED_EXPULSION_DECISION;
                    case DEADLINE_MISSED -> state.enforceable = true;
                    case APPEAL_LODGED -> state.pendingAppeals++;
                    case APPEAL_DECIDED -> state.pendingAppeals = Math.max(0, state.pendingAppeals - 1);
                    case ENFORCEMENT_SUSPENDED -> state.suspended = true;
                    case ENFORCEMENT_RESUMED -> state.suspended = false;
                    default -> state.closed |= CLOSING.contains(kind);
                }
            }
        }
        return decisions.values().stream().anyMatch(DecisionState::ready);
    }
}
