package lv.pmlp.iaiar.query.statistics;

import java.time.LocalDate;
import java.util.List;

/** The month-end stock of persons ready to be returned, in total and by citizenship (cells keyed {@code citizen}). */
public record ReadyForReturnStock(String month, LocalDate monthEnd, Long persons, List<EilCell> byCitizenship,
                                  List<String> notes) {
}
