package lv.pmlp.iaiar.events.person;

import java.time.Instant;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.DataSubject;
import lv.pmlp.iaiar.events.PersonEvent;
import lv.pmlp.iaiar.events.PersonalData;
import lv.pmlp.iaiar.events.SchemaVersion;

/** A further identity document was seen for the person. */
@SchemaVersion("1")
public record IdentityDocumentRecordedEvent(
        @DataSubject String personId,
        @PersonalData IdentityDocument document,
        Actor actor,
        Instant occurredAt) implements PersonEvent {
}
