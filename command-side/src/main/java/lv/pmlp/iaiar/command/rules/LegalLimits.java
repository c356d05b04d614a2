package lv.pmlp.iaiar.command.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * One version of the legal limits, in force from {@code effectiveFrom} until the next version starts.
 * Seed values: entry ban up to 3 years (PMLP 2020 report), voluntary departure 7 to 30 days and detention of
 * 6 months extendable to 18 (Return Directive Arts 7 and 15).
 */
public record LegalLimits(
        LocalDate effectiveFrom,
        Period maximumEntryBan,
        int minimumVoluntaryDepartureDays,
        int maximumVoluntaryDepartureDays,
        Period initialDetentionMaximum,
        Period cumulativeDetentionMaximum) {

    public LegalLimits {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(maximumEntryBan, "maximumEntryBan");
        Objects.requireNonNull(initialDetentionMaximum, "initialDetentionMaximum");
        Objects.requireNonNull(cumulativeDetentionMaximum, "cumulativeDetentionMaximum");
        if (minimumVoluntaryDepartureDays < 0 || maximumVoluntaryDepartureDays < minimumVoluntaryDepartureDays) {
            throw new IllegalArgumentException("voluntary departure range is empty");
        }
    }

    public boolean allowsVoluntaryDeparture(int days) {
        return days >= minimumVoluntaryDepartureDays && days <= maximumVoluntaryDepartureDays;
    }

    /** A ban fits when, counted from {@code from}, it ends no later than the maximum would. */
    public boolean allowsEntryBan(Period duration, LocalDate from) {
        return !from.plus(duration).isAfter(from.plus(maximumEntryBan));
    }
}
