package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;
import java.time.LocalDate;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** The person contested or appealed a decision; the register records the filing. */
@SchemaVersion("1")
public record AppealLodgedEvent(
        String caseId,
        String personId,
        String appealId,
        String decisionId,
        AppealType type,
        String body,
        LocalDate filedOn,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
