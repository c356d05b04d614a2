package lv.pmlp.iaiar.benchmarks.jmh;

import java.time.Instant;
import java.util.List;

import lv.pmlp.iaiar.api.synthetic.SyntheticRegister;
import lv.pmlp.iaiar.command.person.RegisterForeignerCommand;
import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;

/** Registrations of the shared synthetic population (names in many scripts), as the events the aggregate records. */
final class Population {

    static final long SEED = 20_261_123L;

    private Population() {
    }

    static List<ForeignerRegisteredEvent> registrations(int persons) {
        return SyntheticRegister.lastYears(SEED, 5, Instant.parse("2026-11-23T08:00:00Z")).scenarios(persons)
                .flatMap(s -> s.commands().stream())
                .filter(RegisterForeignerCommand.class::isInstance)
                .map(RegisterForeignerCommand.class::cast)
                .map(c -> new ForeignerRegisteredEvent(c.personId(), c.names(), c.dateOfBirth(), c.sex(), c.citizenships(),
                        c.stateless(), c.subjectCategory(), c.documents(), c.actor(), c.occurredAt()))
                .toList();
    }
}
