package lv.pmlp.iaiar.query.statistics;

import java.util.Map;

/**
 * One cell: the codes of each dimension and the exact number of persons. A withheld small cell has no value and
 * {@code confidential} set (Eurostat's flag {@code c}).
 */
public record EilCell(Map<String, String> key, Long value, boolean confidential) {
}
