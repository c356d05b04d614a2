package lv.pmlp.iaiar.query.boards;

import java.util.List;

import lv.pmlp.iaiar.projections.boards.DepartureDeadlineEntry;

public record DepartureDeadlinesPage(List<DepartureDeadlineEntry> items, int page, int size, long total) {
}
