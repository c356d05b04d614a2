package lv.pmlp.iaiar.projections.casefile;

import java.time.LocalDate;

import lv.pmlp.iaiar.events.returncase.DecisionType;
import lv.pmlp.iaiar.events.returncase.SuspensionReason;

/**
 * A return decision in a case file. {@code state} is ISSUED, SERVED, EXECUTED, ANNULLED, WITHDRAWN or
 * SUPERSEDED; {@code execution} is DEPARTURE or REMOVAL once executed. {@code approval} is null when the
 * four-eyes policy did not apply, else AWAITING_APPROVAL or APPROVED (by {@code approvedBy}).
 */
public record DecisionView(
        String decisionId,
        String decisionNumber,
        DecisionType type,
        LocalDate issuedOn,
        String legalBasis,
        String state,
        Integer voluntaryDepartureDays,
        LocalDate departureDeadline,
        boolean deadlineMissed,
        boolean enforcementSuspended,
        SuspensionReason suspensionReason,
        LocalDate servedOn,
        String serviceLanguage,
        String execution,
        LocalDate executedOn,
        String destinationCountry,
        String supersededBy,
        String approval,
        String approvedBy) {

    public static final String AWAITING_APPROVAL = "AWAITING_APPROVAL";
    public static final String APPROVED = "APPROVED";

    DecisionView withState(String newState) {
        return new DecisionView(decisionId, decisionNumber, type, issuedOn, legalBasis, newState, voluntaryDepartureDays,
                departureDeadline, deadlineMissed, enforcementSuspended, suspensionReason, servedOn, serviceLanguage,
                execution, executedOn, destinationCountry, supersededBy, approval, approvedBy);
    }

    DecisionView served(LocalDate on, String language) {
        return new DecisionView(decisionId, decisionNumber, type, issuedOn, legalBasis, "SERVED", voluntaryDepartureDays,
                departureDeadline, deadlineMissed, enforcementSuspended, suspensionReason, on, language,
                execution, executedOn, destinationCountry, supersededBy, approval, approvedBy);
    }

    DecisionView withDeadlineMissed() {
        return new DecisionView(decisionId, decisionNumber, type, issuedOn, legalBasis, state, voluntaryDepartureDays,
                departureDeadline, true, enforcementSuspended, suspensionReason, servedOn, serviceLanguage,
                execution, executedOn, destinationCountry, supersededBy, approval, approvedBy);
    }

    DecisionView withSuspension(boolean suspended, SuspensionReason reason) {
        return new DecisionView(decisionId, decisionNumber, type, issuedOn, legalBasis, state, voluntaryDepartureDays,
                departureDeadline, deadlineMissed, suspended, reason, servedOn, serviceLanguage,
                execution, executedOn, destinationCountry, supersededBy, approval, approvedBy);
    }

    DecisionView executed(String how, LocalDate on, String destination) {
        return new DecisionView(decisionId, decisionNumber, type, issuedOn, legalBasis, "EXECUTED", voluntaryDepartureDays,
                departureDeadline, deadlineMissed, enforcementSuspended, suspensionReason, servedOn, serviceLanguage,
                how, on, destination, supersededBy, approval, approvedBy);
    }

    DecisionView supersededBy(String decision) {
        return new DecisionView(decisionId, decisionNumber, type, issuedOn, legalBasis, "SUPERSEDED", voluntaryDepartureDays,
                departureDeadline, deadlineMissed, enforcementSuspended, suspensionReason, servedOn, serviceLanguage,
                execution, executedOn, destinationCountry, decision, approval, approvedBy);
    }

    DecisionView withApproval(String state, String by) {
        return new DecisionView(decisionId, decisionNumber, type, issuedOn, legalBasis, this.state, voluntaryDepartureDays,
                departureDeadline, deadlineMissed, enforcementSuspended, suspensionReason, servedOn, serviceLanguage,
                execution, executedOn, destinationCountry, supersededBy, state, by);
    }

    DecisionView withLegalBasis(String corrected) {
        return new DecisionView(decisionId, decisionNumber, type, issuedOn, corrected, state, voluntaryDepartureDays,
                departureDeadline, deadlineMissed, enforcementSuspended, suspensionReason, servedOn, serviceLanguage,
                execution, executedOn, destinationCountry, supersededBy, approval, approvedBy);
    }

    DecisionView withServiceLanguage(String corrected) {
        return new DecisionView(decisionId, decisionNumber, type, issuedOn, legalBasis, state, voluntaryDepartureDays,
                departureDeadline, deadlineMissed, enforcementSuspended, suspensionReason, servedOn, corrected,
                execution, executedOn, destinationCountry, supersededBy, approval, approvedBy);
    }
}
