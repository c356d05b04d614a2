package lv.pmlp.iaiar.query.casefile;

import java.time.LocalDate;

/** Persons whose case files have been settled (nothing open) since {@code settledOnOrBefore} and are not erased yet. */
public record FindPersonsDueForErasureQuery(LocalDate settledOnOrBefore, int limit) {
}
