package lv.pmlp.iaiar.projections.bans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.springframework.data.annotation.Id;

/**
 * What the border check needs, found by primary key alone: per normalised document number, the persons holding
 * it ({@link #holders}); per person, their entry bans ({@link #bans}). Both live in {@link #COLLECTION} under
 * different key prefixes. MongoDB-compatible stores without secondary indexes (the embedded default) would
 * otherwise scan every document and ban for one check; a lookup by {@code _id} stays fast at any size.
 */
public record BorderCheckEntry(@Id String key, List<String> personIds, List<EntryBanEntry> bans) {

    public static final String COLLECTION = "border_check";
    private static final String DOCUMENT = "document:";
    private static final String PERSON = "person:";
    /** The order the border check answers in: by start day (not started yet first), then ban id. */
    public static final Comparator<EntryBanEntry> BAN_ORDER = Comparator
            .comparing(EntryBanEntry::startsOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(EntryBanEntry::banId);

    public BorderCheckEntry {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        bans = bans == null ? List.of() : List.copyOf(bans);
    }

    /** The key of the holders of a document number (already normalised). */
    public static String holdersKey(String normalisedNumber) {
        return DOCUMENT + normalisedNumber;
    }

    /** The key of a person's bans. */
    public static String bansKey(String personId) {
        return PERSON + personId;
    }

    static BorderCheckEntry holders(String normalisedNumber, List<String> personIds) {
        return new BorderCheckEntry(holdersKey(normalisedNumber), personIds, null);
    }

    static BorderCheckEntry bansOf(String personId, List<EntryBanEntry> bans) {
        return new BorderCheckEntry(bansKey(personId), null, bans);
    }

    BorderCheckEntry withHolder(String personId) {
        TreeSet<String> holders = new TreeSet<>(personIds);
        return holders.add(personId) ? new BorderCheckEntry(key, List.copyOf(holders), bans) : this;
    }

    BorderCheckEntry withoutHolder(String personId) {
        List<String> holders = new ArrayList<>(personIds);
        holders.remove(personId);
        return new BorderCheckEntry(key, holders, bans);
    }

    /** The person's bans with this one put in (replacing an earlier state of the same ban), in answer order. */
    BorderCheckEntry withBan(EntryBanEntry ban) {
        List<EntryBanEntry> all = new ArrayList<>(bans);
        all.removeIf(b -> b.banId().equals(ban.banId()));
        all.add(ban);
        all.sort(BAN_ORDER);
        return new BorderCheckEntry(key, personIds, all);
    }
}
