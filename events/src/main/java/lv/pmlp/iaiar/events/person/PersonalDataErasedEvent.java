package lv.pmlp.iaiar.events.person;

import java.time.Instant;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.PersonEvent;
import lv.pmlp.iaiar.events.SchemaVersion;

/**
 * The person's retention period ended and their personal data was erased: their key is destroyed, so the
 * identifying fields of their earlier events can no longer be read, and every read model forgets them. The
 * facts themselves (decisions, bans, dates, citizenship, sex) stay for statistics and audit.
 */
@SchemaVersion("1")
public record PersonalDataErasedEvent(
        String personId,
        String reason,
        Actor actor,
        Instant occurredAt) implements PersonEvent {
}
