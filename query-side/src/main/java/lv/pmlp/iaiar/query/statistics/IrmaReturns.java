package lv.pmlp.iaiar.query.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.projections.statistics.EilCodes;

/**
 * IRMA dataset 4a from the month's migr_eirtn rollup: each person has one destination in a period (that of their
 * first return in it), so adding the destinations that are third countries counts each person once.
 */
@Component
class IrmaReturns {

    static final List<String> NOTES = List.of(
            "Returned: a confirmed voluntary departure or an executed removal in the month; persons, each once, with "
                    + "the destination of their first return in the month.",
            "Third country: any destination other than an EU, EEA or Swiss state; a destination not recorded (UNK) "
                    + "is left out.",
            "Third-country nationals only (as in the Eurostat tables).");

    private final EilTables tables;

    IrmaReturns(EilTables tables) {
        this.tables = tables;
    }

    @QueryHandler
    ReturnedToThirdCountries handle(ReturnedToThirdCountriesQuery query) {
        ReportingPeriod month = ReportingPeriod.parse(query.month());
        EilTable returned = tables.fromRollups(EilDataset.RETURNED, month);
        Map<String, Long> byCitizen = new TreeMap<>();
        for (EilCell cell : returned.cells()) {
            String destination = cell.key().get("c_dest");
            if (EilCodes.SEX_TOTAL.equals(cell.key().get("sex")) && EilCodes.TOTAL.equals(cell.key().get("age"))
                    && !EilCodes.TOTAL.equals(destination) && !EilCodes.UNKNOWN.equals(destination)
                    && !EilCodes.EU_EEA_CH.contains(destination)) {
                byCitizen.merge(cell.key().get("citizen"), cell.value(), Long::sum);
            }
        }
        long persons = byCitizen.getOrDefault(EilCodes.TOTAL, 0L);
        byCitizen.remove(EilCodes.TOTAL);
        Map<String, Long> cells = new LinkedHashMap<>();
        cells.put(EilCodes.TOTAL, persons);
        cells.putAll(byCitizen);
        EilTable asTable = new EilTable("irma_returned", "", month.label(), "M", null, List.of("citizen"), persons, 0,
                cells.entrySet().stream().map(e -> new EilCell(Map.of("citizen", e.getKey()), e.getValue(), false)).toList(),
                List.of(), List.of(), List.of()).suppressedBelow(query.suppressBelow());
        return new ReturnedToThirdCountries(month.label(), asTable.persons(), asTable.cells(), NOTES);
    }
}
