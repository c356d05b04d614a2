package lv.pmlp.iaiar.projections.bans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.person.DocumentType;
import lv.pmlp.iaiar.events.person.IdentityDocument;
import lv.pmlp.iaiar.events.person.IdentityDocumentRecordedEvent;
import lv.pmlp.iaiar.projections.ReadModelCollections;
import lv.pmlp.iaiar.projections.ReadModels;
import lv.pmlp.iaiar.projections.TwoPersons;
import lv.pmlp.iaiar.projections.batch.InProcessMongo;

/** The entry bans and border check handled in one batch with its reads prefetched, against one event at a time. */
class EntryBanBatchTest {

    static final List<String> COLLECTIONS = ReadModelCollections.namesOf(ReadModels.ENTRY_BANS);

    InProcessMongo store = new InProcessMongo();

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void aBatchReadsEachCollectionWithOneQuery() {
        EntryBanProjection projection = new EntryBanProjection(store.template);
        store.findsSinceLastAsked();

        InProcessMongo.inOneBatch(projection, TwoPersons.eventsBeforeErasure());

        assertThat(store.findsSinceLastAsked()).as("border_check, entry_bans, entry_ban_cases").isEqualTo(3);
    }

    @Test
    void aBatchLeavesTheSameDocumentsAsOneEventAtATime() {
        assertThat(inOneBatch(TwoPersons.events())).isEqualTo(oneAtATime(TwoPersons.events()));
    }

    /**
     * Erasure removes the person from the holders of a number both persons hold, directly in the store; a later event
     * of the same batch that adds a holder (prefetched at the batch's first read, before the erasure) must see
     * what the erasure left.
     */
    @Test
    void anEventAfterAnErasureInTheSameBatchSeesWhatTheErasureChanged() {
        List<DomainEventMessage<?>> before = TwoPersons.eventsBeforeErasure();
        List<DomainEventMessage<?>> around = List.of(
                documentRecorded("p-2", DocumentType.IDENTITY_CARD, "LV-777"),
                TwoPersons.events().get(TwoPersons.events().size() - 1),
                documentRecorded("p-3", DocumentType.TRAVEL_DOCUMENT, "751234567"));
        List<DomainEventMessage<?>> all = new ArrayList<>(before);
        all.addAll(around);

        store.dropAll();
        EntryBanProjection projection = new EntryBanProjection(store.template);
        InProcessMongo.inOneBatch(projection, before);
        assertThat(holdersOfTheSharedNumber(store.documents(COLLECTIONS))).containsExactly("p-1", "p-2");
        InProcessMongo.inOneBatch(projection, around);
        Map<String, List<Document>> batched = store.documents(COLLECTIONS);

        assertThat(holdersOfTheSharedNumber(batched)).containsExactly("p-2", "p-3");
        assertThat(batched).isEqualTo(oneAtATime(all));
    }

    private static DomainEventMessage<?> documentRecorded(String personId, DocumentType type, String number) {
        return new GenericDomainEventMessage<>("Person", personId, personId.equals("p-2") ? 1 : 0, new IdentityDocumentRecordedEvent(personId,
                new IdentityDocument(type, number, "RUS", null, null), Actor.SYSTEM, Instant.parse("2024-03-02T00:00:00Z")));
    }

    private static List<Object> holdersOfTheSharedNumber(Map<String, List<Document>> documents) {
        return documents.get(BorderCheckEntry.COLLECTION).stream()
                .filter(d -> d.get("_id").equals(BorderCheckEntry.holdersKey("751234567")))
                .findFirst().orElseThrow().getList("personIds", Object.class);
    }

    private Map<String, List<Document>> inOneBatch(List<DomainEventMessage<?>> events) {
        store.dropAll();
        InProcessMongo.inOneBatch(new EntryBanProjection(store.template), events);
        return store.documents(COLLECTIONS);
    }

    private Map<String, List<Document>> oneAtATime(List<DomainEventMessage<?>> events) {
        store.dropAll();
        InProcessMongo.withoutBatch(new EntryBanProjection(store.template), events);
        return store.documents(COLLECTIONS);
    }
}
