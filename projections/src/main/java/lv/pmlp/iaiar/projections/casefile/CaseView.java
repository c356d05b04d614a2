package lv.pmlp.iaiar.projections.casefile;

import java.time.LocalDate;
import java.util.List;

import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.returncase.ReturnGround;

/**
 * One return case in a case file, with its decisions, entry bans and appeals, and the clerical corrections
 * proposed to its records; approved corrections already show in the details they corrected.
 */
public record CaseView(
        String caseId,
        String caseNumber,
        Institution institution,
        List<ReturnGround> grounds,
        LocalDate detectedOn,
        String legalBasis,
        List<DecisionView> decisions,
        List<BanView> entryBans,
        List<AppealView> appeals,
        List<CorrectionView> corrections) {

    CaseView withDecisions(List<DecisionView> newDecisions) {
        return new CaseView(caseId, caseNumber, institution, grounds, detectedOn, legalBasis, newDecisions, entryBans, appeals, corrections);
    }

    CaseView withEntryBans(List<BanView> newBans) {
        return new CaseView(caseId, caseNumber, institution, grounds, detectedOn, legalBasis, decisions, newBans, appeals, corrections);
    }

    CaseView withAppeals(List<AppealView> newAppeals) {
        return new CaseView(caseId, caseNumber, institution, grounds, detectedOn, legalBasis, decisions, entryBans, newAppeals, corrections);
    }

    CaseView withCorrections(List<CorrectionView> newCorrections) {
        return new CaseView(caseId, caseNumber, institution, grounds, detectedOn, legalBasis, decisions, entryBans, appeals,
                newCorrections);
    }

    CaseView withLegalBasis(String corrected) {
        return new CaseView(caseId, caseNumber, institution, grounds, detectedOn, corrected, decisions, entryBans, appeals,
                corrections);
    }
}
