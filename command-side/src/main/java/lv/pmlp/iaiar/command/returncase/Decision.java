package lv.pmlp.iaiar.command.returncase;

import java.time.LocalDate;

import lv.pmlp.iaiar.events.returncase.DecisionType;

/** A return decision as the ReturnCase aggregate keeps it. Immutable; transitions return new values. */
record Decision(
        String id,
        DecisionType type,
        LocalDate issuedOn,
        LocalDate departureDeadline,
        DecisionStatus status,
        String banId,
        String pendingAppealId,
        boolean enforcementSuspended,
        boolean deadlineMissed) {

    static Decision issued(String id, DecisionType type, LocalDate issuedOn, LocalDate departureDeadline) {
        return new Decision(id, type, issuedOn, departureDeadline, DecisionStatus.ISSUED, null, null, false, false);
    }

    boolean inForce() {
        return status.inForce();
    }

    Decision withStatus(DecisionStatus newStatus) {
        return new Decision(id, type, issuedOn, departureDeadline, newStatus, banId, pendingAppealId, enforcementSuspended, deadlineMissed);
    }

    Decision withBan(String newBanId) {
        return new Decision(id, type, issuedOn, departureDeadline, status, newBanId, pendingAppealId, enforcementSuspended, deadlineMissed);
    }

    Decision withPendingAppeal(String appealId) {
        return new Decision(id, type, issuedOn, departureDeadline, status, banId, appealId, enforcementSuspended, deadlineMissed);
    }

    Decision withEnforcementSuspended(boolean suspended) {
        return new Decision(id, type, issuedOn, departureDeadline, status, banId, pendingAppealId, suspended, deadlineMissed);
    }

    Decision withDeadlineMissed() {
        return new Decision(id, type, issuedOn, departureDeadline, status, banId, pendingAppealId, enforcementSuspended, true);
    }
}
