package lv.pmlp.iaiar.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.person.DocumentType;
import lv.pmlp.iaiar.events.person.ForeignerDetainedEvent;
import lv.pmlp.iaiar.events.person.IdentityDocument;
import lv.pmlp.iaiar.events.person.IdentityDocumentRecordedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;

class BatchKeyPrefetchTest {

    /** Records what was prefetched, and what the handlers had seen by then. */
    final List<Collection<String>> prefetched = new ArrayList<>();
    final List<String> handled = new ArrayList<>();
    final InMemoryPersonKeys keys = new InMemoryPersonKeys() {
        @Override
        public void prefetch(Collection<String> personIds) {
            assertThat(handled).as("before any handler").isEmpty();
            prefetched.add(List.copyOf(personIds));
        }
    };

    @Test
    void theKeysOfTheBatchsPersonsWithPersonalDataAreLoadedOnceBeforeTheFirstHandler() {
        List<EventMessage<?>> batch = List.of(
                document("p-1"),
                new GenericDomainEventMessage<>("Person", "p-2", 4, new ForeignerDetainedEvent("p-2", "det-1", null, "basis",
                        "Daugavpils", LocalDate.EPOCH, Actor.SYSTEM, Instant.EPOCH)),
                new GenericDomainEventMessage<>("ReturnCase", "c-1", 0, new ReturnCaseOpenedEvent("c-1", "VRS-1", "p-3",
                        Institution.VRS, Set.of(), LocalDate.EPOCH, "basis", Actor.SYSTEM, Instant.EPOCH)),
                document("p-4"),
                document("p-1"));
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        BatchKeyPrefetch prefetch = new BatchKeyPrefetch(keys);

        unitOfWork.executeWithResult(() -> prefetch.handle(unitOfWork, () -> handled.add(unitOfWork.getMessage().getIdentifier())));

        assertThat(prefetched).containsExactly(List.of("p-1", "p-4"));
        assertThat(handled).hasSize(5);
    }

    private static EventMessage<?> document(String personId) {
        return new GenericDomainEventMessage<>("Person", personId, 1, new IdentityDocumentRecordedEvent(personId,
                new IdentityDocument(DocumentType.PASSPORT, "1", "RUS", null, null), Actor.SYSTEM, Instant.EPOCH));
    }
}
