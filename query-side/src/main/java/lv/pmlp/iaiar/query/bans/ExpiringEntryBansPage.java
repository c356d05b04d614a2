package lv.pmlp.iaiar.query.bans;

import java.util.List;

import lv.pmlp.iaiar.projections.bans.EntryBanEntry;

public record ExpiringEntryBansPage(List<EntryBanEntry> items, int page, int size, long total) {
}
