package lv.pmlp.iaiar.projections.casefile;

import java.time.LocalDate;

import lv.pmlp.iaiar.events.returncase.AppealOutcome;
import lv.pmlp.iaiar.events.returncase.AppealType;

/** A contest or appeal in a case file; {@code outcome} is null while it is pending. */
public record AppealView(
        String appealId,
        String decisionId,
        AppealType type,
        String body,
        LocalDate filedOn,
        AppealOutcome outcome,
        LocalDate decidedOn,
        String reference) {

    AppealView decided(AppealOutcome result, LocalDate on, String decisionReference) {
        return new AppealView(appealId, decisionId, type, body, filedOn, result, on, decisionReference);
    }

    AppealView withBody(String corrected) {
        return new AppealView(appealId, decisionId, type, corrected, filedOn, outcome, decidedOn, reference);
    }

    AppealView withReference(String corrected) {
        return new AppealView(appealId, decisionId, type, body, filedOn, outcome, decidedOn, corrected);
    }
}
