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
        boolean deadlineMissed,
        String issuedBy,
        boolean awaitingApproval) {

    static Decision issued(String id, DecisionType type, LocalDate issuedOn, LocalDate departureDeadline, String issuedBy) {
        return new Decision(id, type, issuedOn, departureDeadline, DecisionStatus.ISSUED, null, null, false, false, issuedBy,
                false);
    }

    boolean inForce() {
        return status.inForce();
    }

    Decision withStatus(DecisionStatus newStatus) {
        return new Decision(id, type, issuedOn, departureDeadline, newStatus, banId, pendingAppealId, enforcementSuspended, deadlineMissed, issuedBy, awaitingApproval);
    }

    Decision withBan(String newBanId) {
        return new Decision(id, type, issuedOn, departureDeadline, status, newBanId, pendingAppealId, enforcementSuspended, deadlineMissed, issuedBy, awaitingApproval);
    }

    Decision withPendingAppeal(String appealId) {
        return new Decision(id, type, issuedOn, departureDeadline, status, banId, appealId, enforcementSuspended, deadlineMissed, issuedBy, awaitingApproval);
    }

    Decision withEnforcementSuspended(boolean suspended) {
        return new Decision(id, type, issuedOn, departureDeadline, status, banId, pendingAppealId, suspended, deadlineMissed, issuedBy, awaitingApproval);
    }

    Decision withDeadlineMissed() {
        return new Decision(id, type, issuedOn, departureDeadline, status, banId, pendingAppealId, enforcementSuspended, true, issuedBy, awaitingApproval);
    }

    Decision withAwaitingApproval(boolean awaiting) {
        return new Decision(id, type, issuedOn, departureDeadline, status, banId, pendingAppealId, enforcementSuspended, deadlineMissed,
                issuedBy, awaiting);
    }
}
