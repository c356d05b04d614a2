package lv.pmlp.iaiar.query.statistics;

import java.util.List;

import lv.pmlp.iaiar.events.Institution;

/**
 * National figures for both institutions: every fact kind counted per month, quarter or year of {@code period},
 * broken down by the type of return, appeal outcome or ban band ({@code detail}) and by the dimensions asked for.
 * These count events (decisions, appeals, detentions), not persons, and include union citizens.
 *
 * @param institution   only this institution's figures; null for both
 * @param suppressBelow counts from 1 up to one less than this are withheld; 0 withholds nothing
 */
public record OperationalFiguresQuery(String period, Interval interval, List<Breakdown> by, Institution institution,
                                      int suppressBelow) {

    public enum Interval {
        MONTH("month"), QUARTER("quarter"), YEAR("year");

        final String field;

        Interval(String field) {
            this.field = field;
        }
    }

    public enum Breakdown {
        INSTITUTION("institution"), UNIT("unit"), CITIZENSHIP("citizenship"), DECISION_TYPE("decisionType"), GROUND("grounds");

        final String field;

        Breakdown(String field) {
            this.field = field;
        }
    }
}
