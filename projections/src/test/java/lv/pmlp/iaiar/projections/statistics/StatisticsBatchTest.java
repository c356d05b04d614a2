package lv.pmlp.iaiar.projections.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import lv.pmlp.iaiar.projections.ReadModels;
import lv.pmlp.iaiar.projections.TwoPersons;
import lv.pmlp.iaiar.projections.batch.InProcessMongo;

/** The statistics handled in one batch with their reads prefetched, against a batch per event. */
class StatisticsBatchTest {

    InProcessMongo store = new InProcessMongo();

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void aBatchReadsEachCollectionWithOneQuery() {
        StatisticsProjection projection = projection();
        List<DomainEventMessage<?>> events = TwoPersons.events();
        // registrations, the first case and a detention: what the next batch finds in the store
        InProcessMongo.inOneBatch(projection, events.subList(0, 4));
        store.findsSinceLastAsked();

        InProcessMongo.inOneBatch(projection, events.subList(4, events.size()));

        assertThat(store.findsSinceLastAsked())
                .as("the journal; profiles, person rollups, cases, decisions, bans, detentions; EIL, IRMA, operational counters")
                .isEqualTo(10);
    }

    @Test
    void aBatchLeavesTheSameDocumentsAsABatchPerEvent() {
        InProcessMongo.inOneBatch(projection(), TwoPersons.events());
        Map<String, List<Document>> batched = store.readModel(ReadModels.STATISTICS);

        store.dropAll();
        StatisticsProjection projection = projection();
        for (DomainEventMessage<?> event : TwoPersons.events()) {
            InProcessMongo.inOneBatch(projection, List.of(event));
        }

        assertThat(batched.get(StatisticsRollups.EIL)).isNotEmpty();
        assertThat(batched).isEqualTo(store.readModel(ReadModels.STATISTICS));
    }

    private StatisticsProjection projection() {
        return new StatisticsProjection(store.template, new StatisticsRollups(store.template));
    }
}
