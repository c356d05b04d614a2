package lv.pmlp.iaiar.events.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.PersonEvent;
import lv.pmlp.iaiar.events.SchemaVersion;

/**
 * A foreigner entered the register. {@code citizenships} holds ISO 3166 alpha-2 codes and is empty exactly
 * when {@code stateless} is true. Names, birth date and documents are the identifying part of the payload.
 */
@SchemaVersion("1")
public record ForeignerRegisteredEvent(
        String personId,
        PersonNames names,
        LocalDate dateOfBirth,
        Sex sex,
        Set<String> citizenships,
        boolean stateless,
        SubjectCategory subjectCategory,
        List<IdentityDocument> documents,
        Actor actor,
        Instant occurredAt) implements PersonEvent {
}
