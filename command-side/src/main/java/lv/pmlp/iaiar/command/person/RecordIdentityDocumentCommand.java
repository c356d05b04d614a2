package lv.pmlp.iaiar.command.person;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.person.IdentityDocument;

public record RecordIdentityDocumentCommand(
        @TargetAggregateIdentifier String personId,
        @TargetAggregateVersion Long expectedVersion,
        IdentityDocument document,
        Actor actor,
        Instant occurredAt) {
}
