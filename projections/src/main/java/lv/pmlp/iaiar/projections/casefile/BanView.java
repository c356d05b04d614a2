package lv.pmlp.iaiar.projections.casefile;

import java.time.LocalDate;

import lv.pmlp.iaiar.events.returncase.BanLiftReason;

/**
 * An entry ban in a case file. {@code state} is PENDING (waiting for the departure), ACTIVE, EXPIRED or LIFTED;
 * {@code duration} is an ISO 8601 period.
 */
public record BanView(
        String banId,
        String decisionId,
        String duration,
        String state,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate endedOn,
        BanLiftReason liftReason) {

    BanView activated(LocalDate from, LocalDate until) {
        return new BanView(banId, decisionId, duration, "ACTIVE", from, until, null, null);
    }

    BanView shortened(String newDuration, LocalDate newEnd) {
        return new BanView(banId, decisionId, newDuration, state, startsOn, newEnd != null ? newEnd : endsOn, endedOn, liftReason);
    }

    BanView lifted(LocalDate on, BanLiftReason reason) {
        return new BanView(banId, decisionId, duration, "LIFTED", startsOn, endsOn, on, reason);
    }

    BanView expired(LocalDate lastDay) {
        return new BanView(banId, decisionId, duration, "EXPIRED", startsOn, endsOn, lastDay, null);
    }
}
