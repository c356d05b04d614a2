package lv.pmlp.iaiar.command.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.person.PersonNames;
import lv.pmlp.iaiar.events.person.Sex;

/** Fields left {@code null} stay as they are. */
public record AmendPersonDataCommand(
        @TargetAggregateIdentifier String personId,
        @TargetAggregateVersion Long expectedVersion,
        PersonNames names,
        LocalDate dateOfBirth,
        Sex sex,
        Set<String> citizenships,
        Boolean stateless,
        String reason,
        Actor actor,
        Instant occurredAt) {
}
