package lv.pmlp.iaiar.query;

import java.util.List;

/**
 * One page of a list that can grow; {@code page} counts from 0. Query handlers answer with a concrete record per
 * item type (a generic one would lose its item type when Axon Server serialises the answer).
 */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}
