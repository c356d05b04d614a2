package lv.pmlp.iaiar.query.statistics;

/** A frozen table by id, with cells below {@code suppressBelow} withheld for the reader (0: none). */
public record FindEilSnapshotQuery(String id, int suppressBelow) {
}
