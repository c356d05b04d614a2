package lv.pmlp.iaiar.query.statistics;

import java.time.Instant;

/**
 * One Eurostat EIL table for a year or quarter. With {@code asKnownAt}, only what the register had recorded by
 * that instant counts (facts and person data alike), so later back-dated entries do not change the answer.
 * Cells with fewer persons than {@code suppressBelow} (but more than none) are withheld; 0 withholds nothing.
 */
public record EilTableQuery(EilDataset dataset, String period, Instant asKnownAt, int suppressBelow) {
}
