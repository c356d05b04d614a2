package lv.pmlp.iaiar.query.statistics;

import java.util.List;

/** Persons returned to a third country in a month, in total and by citizenship (cells keyed {@code citizen}). */
public record ReturnedToThirdCountries(String month, Long persons, List<EilCell> byCitizenship, List<String> notes) {
}
