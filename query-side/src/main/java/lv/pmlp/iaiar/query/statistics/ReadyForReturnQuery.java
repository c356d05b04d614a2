package lv.pmlp.iaiar.query.statistics;

/**
 * IRMA operational dataset 3 (standards.md §4): persons ready to be returned whose removal is not organised, a
 * stock at the end of {@code month} ({@code 2026-03}).
 */
public record ReadyForReturnQuery(String month, int suppressBelow) {
}
