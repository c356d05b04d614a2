package lv.pmlp.iaiar.query.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar year ({@code 2026}), quarter ({@code 2026-Q1}) or month ({@code 2026-03}) of Latvian business dates.
 *
 * @param frequency A, Q or M, as Eurostat writes it
 */
public record ReportingPeriod(String label, String frequency, LocalDate from, LocalDate to) {

    public static final String YEAR_OR_QUARTER = "\\d{4}(-Q[1-4])?";
    public static final String ANY = "\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?";
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(\\d{2}))?");

    public static ReportingPeriod parse(String label) {
        Matcher m = FORMAT.matcher(label);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a year, quarter or month: " + label);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            int quarter = Integer.parseInt(m.group(2));
            LocalDate from = LocalDate.of(year, quarter * 3 - 2, 1);
            return new ReportingPeriod(label, "Q", from, from.plusMonths(3).minusDays(1));
        }
        if (m.group(3) != null) {
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(3)));
            return new ReportingPeriod(label, "M", month.atDay(1), month.atEndOfMonth());
        }
        return new ReportingPeriod(label, "A", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
