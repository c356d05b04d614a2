package lv.pmlp.iaiar.command.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.person.IdentityDocument;
import lv.pmlp.iaiar.events.person.PersonNames;
import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;

public record RegisterForeignerCommand(
        @TargetAggregateIdentifier String personId,
        PersonNames names,
        LocalDate dateOfBirth,
        Sex sex,
        Set<String> citizenships,
        boolean stateless,
        SubjectCategory subjectCategory,
        List<IdentityDocument> documents,
        Actor actor,
        Instant occurredAt) {
}
