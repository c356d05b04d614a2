package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.SchemaVersion;

/** An institution found a foreigner staying illegally and opened a return case. The opening institution is competent for the case's decisions (Immigration Law §41). */
@SchemaVersion("1")
public record ReturnCaseOpenedEvent(
        String caseId,
        String caseNumber,
        String personId,
        Institution institution,
        Set<ReturnGround> grounds,
        LocalDate detectedOn,
        String legalBasis,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
