package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;
import java.time.LocalDate;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** An active entry ban reached its end; recorded by the register's timer. */
@SchemaVersion("1")
public record EntryBanExpiredEvent(
        String caseId,
        String personId,
        String banId,
        LocalDate endedOn,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
