package lv.pmlp.iaiar.query.bans;

import java.time.LocalDate;

/** Running bans whose last day falls within {@code withinDays} of {@code today}. */
public record FindExpiringEntryBansQuery(LocalDate today, int withinDays, int page, int size) {
}
