package lv.pmlp.iaiar.query.statistics;

import java.util.List;

/** Planned and issued return decisions per institution; {@code percent} is null where nothing was planned. */
public record PlanVsActual(int year, List<Row> institutions) {

    public record Row(String institution, Long planned, long actual, Double percent) {
    }
}
