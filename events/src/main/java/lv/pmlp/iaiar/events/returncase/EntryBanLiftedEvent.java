package lv.pmlp.iaiar.events.returncase;

import java.time.Instant;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.SchemaVersion;

/** An entry ban stopped applying before its end. */
@SchemaVersion("1")
public record EntryBanLiftedEvent(
        String caseId,
        String personId,
        String banId,
        BanLiftReason reason,
        String note,
        Actor actor,
        Instant occurredAt) implements ReturnCaseEvent {
}
