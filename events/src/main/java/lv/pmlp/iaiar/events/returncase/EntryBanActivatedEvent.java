package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;
import java.time.LocalDate;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** The person left, so the ban's term runs from {@code startsOn} to {@code endsOn} inclusive. */
@SchemaVersion("1")
public record EntryBanActivatedEvent(
        String caseId,
        String personId,
        String banId,
        LocalDate startsOn,
        LocalDate endsOn,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
