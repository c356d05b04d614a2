package lv.pmlp.iaiar.query.history;

import java.util.List;

import lv.pmlp.iaiar.projections.history.HistoryEntry;

/** A page of a person's audit trail. */
public record PersonHistoryPage(List<HistoryEntry> items, int page, int size, long total) {
}
