package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** An entry ban was shortened. {@code endsOn} is set when the ban was already running. */
@SchemaVersion("1")
public record EntryBanShortenedEvent(
        String caseId,
        String personId,
        String banId,
        Period duration,
        LocalDate endsOn,
        String reason,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
