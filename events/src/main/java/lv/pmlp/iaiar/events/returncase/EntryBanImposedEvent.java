package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;
import java.time.Period;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** An entry ban of the given length was imposed with a decision. It waits (PENDING) until the person leaves; its term runs from the departure date (CJEU C-225/16 Ouhrami). */
@SchemaVersion("1")
public record EntryBanImposedEvent(
        String caseId,
        String personId,
        String banId,
        String decisionId,
        Period duration,
        String legalBasis,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
