package lv.pmlp.iaiar.command.returncase;

import java.time.LocalDate;
import java.time.Period;

/** An entry ban as the ReturnCase aggregate keeps it. {@code startsOn}/{@code endsOn} are set once it runs. */
record EntryBan(String id, String decisionId, Period duration, BanStatus status, LocalDate startsOn, LocalDate endsOn) {

    static EntryBan pending(String id, String decisionId, Period duration) {
        return new EntryBan(id, decisionId, duration, BanStatus.PENDING, null, null);
    }

    /** The ban covers the departure day itself, so it ends the day before the anniversary. */
    static LocalDate lastDay(LocalDate startsOn, Period duration) {
        return startsOn.plus(duration).minusDays(1);
    }

    EntryBan activated(LocalDate from) {
        return new EntryBan(id, decisionId, duration, BanStatus.ACTIVE, from, lastDay(from, duration));
    }

    EntryBan shortened(Period newDuration, LocalDate newEnd) {
        return new EntryBan(id, decisionId, newDuration, status, startsOn, newEnd);
    }

    EntryBan withStatus(BanStatus newStatus) {
        return new EntryBan(id, decisionId, duration, newStatus, startsOn, endsOn);
    }
}
