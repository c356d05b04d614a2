package lv.pmlp.iaiar.query.statistics;

/**
 * IRMA operational dataset 4a (standards.md §4): persons effectively returned to a third country in {@code month}
 * ({@code 2026-03}). Cells with fewer persons than {@code suppressBelow} (but more than none) are withheld.
 */
public record ReturnedToThirdCountriesQuery(String month, int suppressBelow) {
}
