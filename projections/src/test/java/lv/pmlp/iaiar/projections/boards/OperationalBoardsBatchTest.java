package lv.pmlp.iaiar.projections.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import lv.pmlp.iaiar.projections.ReadModelCollections;
import lv.pmlp.iaiar.projections.ReadModels;
import lv.pmlp.iaiar.projections.TwoPersons;
import lv.pmlp.iaiar.projections.batch.InProcessMongo;

/** The boards handled in one batch with their reads prefetched, against one event at a time. */
class OperationalBoardsBatchTest {

    static final List<String> COLLECTIONS = ReadModelCollections.namesOf(ReadModels.BOARDS);

    InProcessMongo store = new InProcessMongo();

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void aBatchReadsEachCollectionWithOneQuery() {
        OperationalBoardsProjection projection = new OperationalBoardsProjection(store.template);
        store.findsSinceLastAsked();

        InProcessMongo.inOneBatch(projection, TwoPersons.events());

        assertThat(store.findsSinceLastAsked()).as("one query for each of the five collections").isEqualTo(5);
    }

    @Test
    void aBatchLeavesTheSameDocumentsAsOneEventAtATime() {
        List<DomainEventMessage<?>> events = TwoPersons.events();

        store.dropAll();
        InProcessMongo.withoutBatch(new OperationalBoardsProjection(store.template), events);
        Map<String, List<Document>> oneAtATime = store.documents(COLLECTIONS);
        store.dropAll();
        InProcessMongo.inOneBatch(new OperationalBoardsProjection(store.template), events);

        assertThat(store.documents(COLLECTIONS)).isEqualTo(oneAtATime);
        assertThat(oneAtATime.values()).allSatisfy(documents -> assertThat(documents).isNotEmpty());
    }
}
