package lv.pmlp.iaiar.projections.bans;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;

import lv.pmlp.iaiar.events.Institution;

/**
 * One entry ban. {@code state}: PENDING (imposed, the person has not left), ACTIVE (running from
 * {@code startsOn} to {@code endsOn} inclusive), EXPIRED or LIFTED. {@code caseVersion} is the last case event
 * applied, for idempotent replays.
 */
public record EntryBanEntry(
        @Id String banId,
        String personId,
        String caseId,
        String caseNumber,
        Institution institution,
        String decisionId,
        String duration,
        String state,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate endedOn,
        long caseVersion) {

    public static final String COLLECTION = "entry_bans";

    /** Whether the ban forbids entry on {@code day}. */
    public boolean bans(LocalDate day) {
        return "ACTIVE".equals(state) && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    EntryBanEntry with(String newState, String newDuration, LocalDate from, LocalDate until, LocalDate ended, long version) {
        return new EntryBanEntry(banId, personId, caseId, caseNumber, institution, decisionId, newDuration, newState, from, until,
                ended, version);
    }
}
