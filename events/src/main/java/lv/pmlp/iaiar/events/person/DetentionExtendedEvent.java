package lv.pmlp.iaiar.events.person;

import java.time.Instant;
import java.time.LocalDate;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.PersonEvent;
import lv.pmlp.iaiar.events.SchemaVersion;

/** A court or authority extended an open detention to a new last day. */
@SchemaVersion("1")
public record DetentionExtendedEvent(
        String personId,
        String detentionId,
        LocalDate previouslyAuthorisedUntil,
        LocalDate authorisedUntil,
        String courtReference,
        String legalBasis,
        Actor actor,
        Instant occurredAt) implements PersonEvent {
}
