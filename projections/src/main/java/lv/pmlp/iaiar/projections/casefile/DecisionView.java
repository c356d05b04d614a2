package lv.pmlp.iaiar.projections.casefile;

import java.time.LocalDate;

import lv.pmlp.iaiar.events.returncase.DecisionType;
import lv.pmlp.iaiar.events.returncase.SuspensionReason;

/**
 * A return decision in a case file. {@code state} is ISSUED, SERVED, EXECUTED, ANNULLED, WITHDRAWN or
 * SUPERSEDED; {@code execution} is DEPARTURE or REMOVAL once executed.
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
        String supersededBy) {

    DecisionView withState(String newState) {
        return new DecisionView(decisionId, decisionNumber, type, issuedOn, legalBasis, newState, voluntaryDepartureDays,
                departureDeadline, deadlineMissed, enforcementSuspended, suspensionReason, servedOn, serviceLanguage,
                execution, executedOn, destinationCountry, supersededBy);
    }

    DecisionView served(LocalDate on, String language) {
        return new DecisionView(decisionId, decisionNumber, type, issuedOn, legalBasis, "SERVED", voluntaryDepartureDays,
                departureDeadline, deadlineMissed, enforcementSuspended, suspensionReason, on, language,
                execution, executedOn, destinationCountry, supersededBy);
    }

    DecisionView withDeadlineMissed() {
        return new DecisionView(decisionId, decisionNumber, type, issuedOn, legalBasis, state, voluntaryDepartureDays,
                departureDeadline, true, enforcementSuspended, suspensionReason, servedOn, serviceLanguage,
                execution, executedOn, destinationCountry, supersededBy);
    }

    DecisionView withSuspension(boolean suspended, SuspensionReason reason) {
        return new DecisionView(decisionId, decisionNumber, type, issuedOn, legalBasis, state, voluntaryDepartureDays,
                departureDeadline, deadlineMissed, suspended, reason, servedOn, serviceLanguage,
                execution, executedOn, destinationCountry, supersededBy);
    }

    DecisionView executed(String how, LocalDate on, String destination) {
        return new DecisionView(decisionId, decisionNumber, type, issuedOn, legalBasis, "EXECUTED", voluntaryDepartureDays,
                departureDeadline, deadlineMissed, enforcementSuspended, suspensionReason, servedOn, serviceLanguage,
                how, on, destination, supersededBy);
    }

    DecisionView supersededBy(String decision) {
        return new DecisionView(decisionId, decisionNumber, type, issuedOn, legalBasis, "SUPERSEDED", voluntaryDepartureDays,
                departureDeadline, deadlineMissed, enforcementSuspended, suspensionReason, servedOn, serviceLanguage,
                execution, executedOn, destinationCountry, decision);
    }
}
