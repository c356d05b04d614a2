package lv.pmlp.iaiar.command.person;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.person.ReleaseReason;

/** {@code occurredAt} is the moment of release. */
public record ReleaseFromDetentionCommand(
        @TargetAggregateIdentifier String personId,
        @TargetAggregateVersion Long expectedVersion,
        String detentionId,
        ReleaseReason reason,
        String note,
        Actor actor,
        Instant occurredAt) {
}
