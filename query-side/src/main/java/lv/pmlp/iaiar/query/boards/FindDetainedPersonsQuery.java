package lv.pmlp.iaiar.query.boards;

import java.time.LocalDate;

/** People detained now, longest first. */
public record FindDetainedPersonsQuery(LocalDate today, int page, int size) {
}
