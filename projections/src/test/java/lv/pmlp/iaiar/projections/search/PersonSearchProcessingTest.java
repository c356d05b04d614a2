package lv.pmlp.iaiar.projections.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.person.IdentityDocumentRecordedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;

class PersonSearchProcessingTest {

    @Test
    void eventsOfOnePersonShareASequenceWhateverTheirAggregate() {
        var policy = new PersonSearchProcessing.PerPerson();
        var personEvent = new GenericDomainEventMessage<>("Person", "p-1", 3,
                new IdentityDocumentRecordedEvent("p-1", null, Actor.SYSTEM, Instant.EPOCH));
        var caseEvent = new GenericDomainEventMessage<>("ReturnCase", "case-9", 0,
                new ReturnCaseOpenedEvent("case-9", "VRS-2025-000009", "p-1", Institution.VRS, Set.of(), LocalDate.EPOCH,
                        "basis", Actor.SYSTEM, Instant.EPOCH));

        assertThat(policy.getSequenceIdentifierFor(personEvent)).isEqualTo("p-1");
        assertThat(policy.getSequenceIdentifierFor(caseEvent)).isEqualTo("p-1");
    }
}
