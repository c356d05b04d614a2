package lv.pmlp.iaiar.query.statistics;

import java.time.Instant;
import java.util.List;

/**
 * A Eurostat EIL table with exact counts (rounding to multiples of 5 happens only on export).
 *
 * @param persons             persons counted (the all-totals cell), or null when withheld
 * @param excluded            persons left out as EU/EEA/Swiss citizens or union citizens' family members
 * @param unaccompaniedMinors the UAM breakdown the register can give (see notes)
 * @param links               related resources, e.g. charts
 */
public record EilTable(
        String dataset,
        String title,
        String period,
        String frequency,
        Instant asKnownAt,
        List<String> dimensions,
        Long persons,
        long excluded,
        List<EilCell> cells,
        List<EilCell> unaccompaniedMinors,
        List<String> notes,
        List<Link> links) {

    public record Link(String rel, String href) {
    }

    public EilTable withLinks(List<Link> more) {
        return new EilTable(dataset, title, period, frequency, asKnownAt, dimensions, persons, excluded, cells,
                unaccompaniedMinors, notes, more);
    }

    /** Withholds cells with 1 to {@code threshold - 1} persons; the exact table stays with the caller. */
    public EilTable suppressedBelow(int threshold) {
        if (threshold <= 1) {
            return this;
        }
        return new EilTable(dataset, title, period, frequency, asKnownAt, dimensions,
                persons != null && persons > 0 && persons < threshold ? null : persons, excluded,
                suppress(cells, threshold), suppress(unaccompaniedMinors, threshold), notes, links);
    }

    private static List<EilCell> suppress(List<EilCell> cells, int threshold) {
        return cells.stream().map(c -> c.value() != null && c.value() > 0 && c.value() < threshold
                ? new EilCell(c.key(), null, true) : c).toList();
    }
}
