package lv.pmlp.iaiar.events.person;

import java.time.Instant;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.PersonEvent;
import lv.pmlp.iaiar.events.SchemaVersion;

/** An open detention ended; {@code occurredAt} is the moment of release. */
@SchemaVersion("1")
public record ForeignerReleasedEvent(
        String personId,
        String detentionId,
        ReleaseReason reason,
        String note,
        Actor actor,
        Instant occurredAt) implements PersonEvent {
}
