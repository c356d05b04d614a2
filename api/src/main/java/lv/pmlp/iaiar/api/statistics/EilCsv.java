package lv.pmlp.iaiar.api.statistics;

import java.util.Locale;

import lv.pmlp.iaiar.query.statistics.EilCell;
import lv.pmlp.iaiar.query.statistics.EilTable;

/**
 * Writes an EIL table in the SDMX-CSV layout of Eurostat's downloads: one row per cell, the dimensions as
 * columns, then {@code unit}, {@code geo}, {@code TIME_PERIOD}, {@code OBS_VALUE} and {@code OBS_FLAG}. Values are
 * rounded to multiples of 5 here and only here; a withheld cell has no value and the flag {@code c}.
 */
public final class EilCsv {

    private EilCsv() {
    }

    public static String write(EilTable table) {
        StringBuilder csv = new StringBuilder("DATAFLOW,freq,").append(String.join(",", table.dimensions()))
                .append(",unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\r\n");
        String dataflow = "ESTAT:" + table.dataset().toUpperCase(Locale.ROOT) + "(1.0)";
        for (EilCell cell : table.cells()) {
            csv.append(dataflow).append(',').append(table.frequency());
            for (String dimension : table.dimensions()) {
                csv.append(',').append(cell.key().get(dimension));
            }
            csv.append(",PER,LV,").append(table.period()).append(',')
                    .append(cell.value() == null ? "" : String.valueOf(roundToFive(cell.value())))
                    .append(',').append(cell.confidential() ? "c" : "").append("\r\n");
        }
        return csv.toString();
    }

    /** Eurostat publishes EIL figures rounded to the nearest multiple of 5 (1 and 2 become 0, 3 becomes 5). */
    public static long roundToFive(long value) {
        return Math.round(value / 5.0) * 5;
    }
}
