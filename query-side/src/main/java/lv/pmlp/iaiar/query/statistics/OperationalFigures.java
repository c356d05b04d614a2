package lv.pmlp.iaiar.query.statistics;

import java.util.List;

/** The national figures for a period; each row one figure in one interval for one combination of breakdowns. */
public record OperationalFigures(String period, String interval, List<String> by, List<OperationalFigure> rows,
                                 List<EilTable.Link> links) {

    public OperationalFigures withLinks(List<EilTable.Link> more) {
        return new OperationalFigures(period, interval, by, rows, more);
    }
}
