package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;
import java.time.LocalDate;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** The decision was handed to the person, in the given language, with or without an interpreter. */
@SchemaVersion("1")
public record DecisionServedEvent(
        String caseId,
        String personId,
        String decisionId,
        LocalDate servedOn,
        String language,
        boolean interpreterUsed,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
