package lv.pmlp.iaiar.query.bans;

import java.time.LocalDate;

/** The border-check question: is this person (by id, or by a document number) banned from entering on {@code on}? */
public record CheckEntryBanQuery(String personId, String documentNumber, LocalDate on) {
}
