package lv.pmlp.iaiar.query.bans;

import java.time.LocalDate;
import java.util.List;

import lv.pmlp.iaiar.projections.bans.EntryBanEntry;

/**
 * The answer to a border check. {@code banned} is true when an ACTIVE ban covers the day; {@code pendingBan}
 * when a ban waits for a departure that has not been recorded (the person should not be here, let alone enter).
 * {@code bans} lists every ban of the persons found, for the officer to read.
 */
public record EntryBanCheck(LocalDate on, boolean banned, boolean pendingBan, List<String> personIds, List<EntryBanEntry> bans) {
}
