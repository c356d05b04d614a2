package lv.pmlp.iaiar.events.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.DataSubject;
import lv.pmlp.iaiar.events.PersonEvent;
import lv.pmlp.iaiar.events.PersonalData;
import lv.pmlp.iaiar.events.SchemaVersion;

/**
 * A correction of a person's identity data. Only the amended fields are set; a {@code null} field was not
 * changed. The previous values stay in the log, so the audit trail shows both.
 */
@SchemaVersion("1")
public record PersonDataAmendedEvent(
        @DataSubject String personId,
        @PersonalData PersonNames names,
        @PersonalData LocalDate dateOfBirth,
        Sex sex,
        Set<String> citizenships,
        Boolean stateless,
        String reason,
        Actor actor,
        Instant occurredAt) implements PersonEvent {
}
