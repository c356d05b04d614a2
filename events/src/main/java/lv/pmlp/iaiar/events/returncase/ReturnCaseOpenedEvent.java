package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.SchemaVersion;

/**
 * An institution found a foreigner staying illegally and opened a return case. The opening institution is competent for the case's decisions (Immigration Law §41).
 *
 * @param unaccompaniedMinor whether the foreigner was found to be an unaccompanied minor (Eurostat's UAM breakdown,
 *                           Regulation 2020/851); null when not recorded. Added in version 2; version 1 events are
 *                           upcast with null.
 */
@SchemaVersion("2")
public record ReturnCaseOpenedEvent(
        String caseId,
        String caseNumber,
        String personId,
        Institution institution,
        Set<ReturnGround> grounds,
        LocalDate detectedOn,
        String legalBasis,
        Actor actor,
        Instant occurredAt,
        Boolean unaccompaniedMinor) implements ReturnCaseEvent {

    /** A case opened without recording whether the foreigner is an unaccompanied minor. */
    public ReturnCaseOpenedEvent(String caseId, String caseNumber, String personId, Institution institution,
                                 Set<ReturnGround> grounds, LocalDate detectedOn, String legalBasis, Actor actor,
                                 Instant occurredAt) {
        this(caseId, caseNumber, personId, institution, grounds, detectedOn, legalBasis, actor, occurredAt, null);
    }
}
