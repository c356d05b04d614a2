package lv.pmlp.iaiar.query.statistics;

import java.util.List;

import lv.pmlp.iaiar.projections.statistics.FactKind;

/**
 * The Eurostat Enforcement of Immigration Legislation datasets the register produces (standards.md §1.3), with
 * the fact that is their reference event and the dimensions besides {@code citizen}, {@code sex} and {@code age}.
 */
public enum EilDataset {
    ORDERED_TO_LEAVE("migr_eiord", "migr_eiord1", "Third-country nationals ordered to leave", FactKind.DECISION_ISSUED,
            List.of()),
    RETURNED("migr_eirtn", "migr_eirtn1", "Third-country nationals returned following an order to leave, by destination",
            FactKind.RETURNED, List.of("c_dest")),
    RETURNED_BY_TYPE("migr_eirt_vol", "migr_eirt_vol", "Third-country nationals returned, by type of return",
            FactKind.RETURNED, List.of("indic_mg")),
    RETURNED_BY_ASSISTANCE("migr_eirt_ass", "migr_eirt_ass", "Third-country nationals returned, by assistance received",
            FactKind.RETURNED, List.of("indic_mg")),
    ILLEGALLY_PRESENT("migr_eipre", "migr_eipre", "Third-country nationals found to be illegally present",
            FactKind.DETECTED, List.of());

    private final String annual;
    private final String quarterly;
    private final String title;
    private final FactKind reference;
    private final List<String> extraDimensions;

    EilDataset(String annual, String quarterly, String title, FactKind reference, List<String> extraDimensions) {
        this.annual = annual;
        this.quarterly = quarterly;
        this.title = title;
        this.reference = reference;
        this.extraDimensions = extraDimensions;
    }

    /** The dataset code for a period: quarterly datasets end in 1 where Eurostat has one. */
    public String code(ReportingPeriod period) {
        return "Q".equals(period.frequency()) ? quarterly : annual;
    }

    public String title() {
        return title;
    }

    /** Its pre-aggregated counters, kept under the annual code. */
    lv.pmlp.iaiar.projections.statistics.StatisticsRollups.Table rollup() {
        return lv.pmlp.iaiar.projections.statistics.StatisticsRollups.Table.byCode(annual);
    }

    FactKind reference() {
        return reference;
    }

    List<String> dimensions() {
        return java.util.stream.Stream.concat(List.of("citizen", "sex", "age").stream(), extraDimensions.stream()).toList();
    }

    /** Either code names the dataset: {@code migr_eiord} and {@code migr_eiord1} are both ORDERED_TO_LEAVE. */
    public static java.util.Optional<EilDataset> byCode(String code) {
        for (EilDataset dataset : values()) {
            if (dataset.annual.equalsIgnoreCase(code) || dataset.quarterly.equalsIgnoreCase(code)
                    || dataset.name().equalsIgnoreCase(code)) {
                return java.util.Optional.of(dataset);
            }
        }
        return java.util.Optional.empty();
    }
}
