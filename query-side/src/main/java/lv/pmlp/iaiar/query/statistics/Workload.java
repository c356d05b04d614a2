package lv.pmlp.iaiar.query.statistics;

import java.util.List;

/** Workload per officer and per unit; average and maximum days run from case opening to decision. */
public record Workload(String period, List<Row> officers, List<Row> units) {

    /** {@code userId} is null on a unit's row. */
    public record Row(String unit, String userId, long decisions, long otherActions, Double averageDaysToDecision,
                      Long maximumDaysToDecision) {
    }
}
