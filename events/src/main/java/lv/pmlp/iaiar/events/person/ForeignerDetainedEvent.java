package lv.pmlp.iaiar.events.person;

import java.time.Instant;
import java.time.LocalDate;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.PersonEvent;
import lv.pmlp.iaiar.events.SchemaVersion;

/**
 * The State Border Guard took the person into detention. {@code occurredAt} is the moment custody began;
 * {@code authorisedUntil} the last day the current authorisation covers. {@code returnCaseId} links the
 * detention to the return procedure whose cumulative maximum it counts towards, when one exists yet.
 */
@SchemaVersion("1")
public record ForeignerDetainedEvent(
        String personId,
        String detentionId,
        String returnCaseId,
        String legalBasis,
        String place,
        LocalDate authorisedUntil,
        Actor actor,
        Instant occurredAt) implements PersonEvent {
}
