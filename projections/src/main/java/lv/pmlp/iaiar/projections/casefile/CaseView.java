package lv.pmlp.iaiar.projections.casefile;

import java.time.LocalDate;
import java.util.List;

import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.returncase.ReturnGround;

/** One return case in a case file, with its decisions, entry bans and appeals. */
public record CaseView(
        String caseId,
        String caseNumber,
        Institution institution,
        List<ReturnGround> grounds,
        LocalDate detectedOn,
        String legalBasis,
        List<DecisionView> decisions,
        List<BanView> entryBans,
        List<AppealView> appeals) {

    CaseView withDecisions(List<DecisionView> newDecisions) {
        return new CaseView(caseId, caseNumber, institution, grounds, detectedOn, legalBasis, newDecisions, entryBans, appeals);
    }

    CaseView withEntryBans(List<BanView> newBans) {
        return new CaseView(caseId, caseNumber, institution, grounds, detectedOn, legalBasis, decisions, newBans, appeals);
    }

    CaseView withAppeals(List<AppealView> newAppeals) {
        return new CaseView(caseId, caseNumber, institution, grounds, detectedOn, legalBasis, decisions, entryBans, newAppeals);
    }
}
