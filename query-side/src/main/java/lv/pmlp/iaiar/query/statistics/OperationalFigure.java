package lv.pmlp.iaiar.query.statistics;

/**
 * One figure: {@code figure} is the fact kind (DECISION_ISSUED, RETURNED, DETENTION_ENDED, ...); {@code detail}
 * its breakdown (VOLUNT/ENFORCE for returns, the outcome for decided appeals, the band for bans). Dimensions not
 * asked for are null. Days are detention lengths for DETENTION_ENDED and days from case opening for
 * DECISION_ISSUED. A withheld small cell has no count or days and {@code confidential} set.
 */
public record OperationalFigure(String period, String figure, String detail, String institution, String unit,
                                String citizenship, String decisionType, String ground, Long count, Double averageDays,
                                Long maximumDays, boolean confidential) {

    OperationalFigure suppressedBelow(int threshold) {
        return count != null && count > 0 && count < threshold
                ? new OperationalFigure(period, figure, detail, institution, unit, citizenship, decisionType, ground, null,
                null, null, true)
                : this;
    }
}
