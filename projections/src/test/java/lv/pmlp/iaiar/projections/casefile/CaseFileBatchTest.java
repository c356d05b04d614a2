package lv.pmlp.iaiar.projections.casefile;

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

/** Case files handled in one batch with their reads prefetched, against one event at a time. */
class CaseFileBatchTest {

    static final List<String> COLLECTIONS = ReadModelCollections.namesOf(ReadModels.CASE_FILE);

    InProcessMongo store = new InProcessMongo();

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void aBatchReadsItsCaseFilesWithOneQuery() {
        CaseFileProjection projection = new CaseFileProjection(store.template);
        store.findsSinceLastAsked();

        InProcessMongo.inOneBatch(projection, TwoPersons.events());

        assertThat(store.findsSinceLastAsked()).isEqualTo(1);
    }

    @Test
    void aBatchLeavesTheSameCaseFilesAsOneEventAtATime() {
        List<DomainEventMessage<?>> events = TwoPersons.events();

        store.dropAll();
        InProcessMongo.withoutBatch(new CaseFileProjection(store.template), events);
        Map<String, List<Document>> oneAtATime = store.documents(COLLECTIONS);
        store.dropAll();
        InProcessMongo.inOneBatch(new CaseFileProjection(store.template), events);

        assertThat(store.documents(COLLECTIONS)).isEqualTo(oneAtATime);
        assertThat(oneAtATime.get(CaseFileCollection.NAME)).hasSize(2);
    }

    @Test
    void aBatchDeliveredAgainChangesNoCaseFile() {
        List<DomainEventMessage<?>> events = TwoPersons.events();
        InProcessMongo.inOneBatch(new CaseFileProjection(store.template), events);
        Map<String, List<Document>> once = store.documents(COLLECTIONS);

        InProcessMongo.inOneBatch(new CaseFileProjection(store.template), events);

        assertThat(store.documents(COLLECTIONS)).isEqualTo(once);
    }
}
