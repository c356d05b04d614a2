package lv.pmlp.iaiar.events.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.DataSubject;
import lv.pmlp.iaiar.events.PersonEvent;
import lv.pmlp.iaiar.events.PersonalData;
import lv.pmlp.iaiar.events.SchemaVersion;

/**
 * A foreigner entered the register. {@code citizenships} holds ISO 3166 alpha-2 codes and is empty exactly
 * when {@code stateless} is true. Names, birth date and documents identify the person and are stored
 * encrypted with the person's key; sex and citizenships stay readable for statistics after erasure.
 */
@SchemaVersion("1")
public record ForeignerRegisteredEvent(
        @DataSubject String personId,
        @PersonalData PersonNames names,
        @PersonalData LocalDate dateOfBirth,
        Sex sex,
        Set<String> citizenships,
        boolean stateless,
        SubjectCategory subjectCategory,
        @PersonalData List<IdentityDocument> documents,
        Actor actor,
        Instant occurredAt) implements PersonEvent {
}
