package lv.pmlp.iaiar.api;

import static lv.pmlp.iaiar.api.IsolatedStatistics.batch;
import static lv.pmlp.iaiar.api.IsolatedStatistics.decision;
import static lv.pmlp.iaiar.api.IsolatedStatistics.profile;
import static lv.pmlp.iaiar.api.IsolatedStatistics.removal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

import lv.pmlp.iaiar.api.IsolatedStatistics.Delivery;
import lv.pmlp.iaiar.events.returncase.DecisionType;
import lv.pmlp.iaiar.projections.statistics.StatisticalProfile;
import lv.pmlp.iaiar.projections.statistics.StatisticsJournal;
import lv.pmlp.iaiar.projections.statistics.StatisticsJournal.Step;
import lv.pmlp.iaiar.projections.statistics.StatisticsRollups;

/**
 * The journal protocol at a batch's end, stopped at each point a crash can stop it (the steps run up to there, and
 * writes of a bulk request only partly made), then the batch delivered again as the processor does when its token
 * did not move: the statistics come out as after a clean run. The batch moves a person to the age on a back-dated
 * decision, corrects another's citizenship, takes a third out of the ready-for-return stock (the month's document
 * is deleted) and adds a fourth.
 */
@RegisterApiTest
class StatisticsJournalCrashTest {

    static final StatisticalProfile ADULT_LATER = profile("p-a", LocalDate.of(2073, 3, 10), "RU");
    static final StatisticalProfile RUSSIAN = profile("p-b", LocalDate.of(2050, 6, 1), "RU");
    static final StatisticalProfile UZBEK = profile("p-b", LocalDate.of(2050, 6, 1), "UZ");
    static final StatisticalProfile EXPELLED = profile("p-c", LocalDate.of(2060, 2, 1), "GE");
    static final StatisticalProfile NEWCOMER = profile("p-d", LocalDate.of(2080, 9, 1), "IN");

    static final List<Delivery> EARLIER = List.of(
            new Delivery(decision("p-a", "a-1", LocalDate.of(2091, 3, 20), DecisionType.DEPARTURE_ORDER), ADULT_LATER),
            new Delivery(decision("p-b", "b-1", LocalDate.of(2091, 2, 11), DecisionType.DEPARTURE_ORDER), RUSSIAN),
            new Delivery(decision("p-c", "c-1", LocalDate.of(2091, 1, 10), DecisionType.FORCED_EXPULSION_DECISION), EXPELLED));

    static final List<Delivery> BATCH = List.of(
            // 17 on the back-dated day, 18 on the first one: moves from Y18-34 to Y14-17 in the quarter and the year
            new Delivery(decision("p-a", "a-2", LocalDate.of(2091, 2, 5), DecisionType.DEPARTURE_ORDER), ADULT_LATER),
            new Delivery(decision("p-b", "b-2", LocalDate.of(2091, 2, 25), DecisionType.DEPARTURE_ORDER), UZBEK),
            new Delivery(removal("p-c", "c-2", LocalDate.of(2091, 1, 28), "GE"), EXPELLED),
            new Delivery(decision("p-d", "d-1", LocalDate.of(2091, 3, 1), DecisionType.FORCED_EXPULSION_DECISION), NEWCOMER));

    @Autowired
    MongoClient client;
    @Autowired
    MongoTemplate application;

    IsolatedStatistics store;
    Map<String, List<Document>> clean;

    @BeforeEach
    void aCleanRunToCompareWith() {
        IsolatedStatistics reference = new IsolatedStatistics(client, application);
        try {
            StatisticsRollups rollups = reference.rollups();
            batch(rollups, EARLIER);
            batch(rollups, BATCH);
            clean = reference.documents();
        } finally {
            reference.close();
        }
        assertThat(clean.get(StatisticsRollups.IRMA).stream().map(d -> d.get("_id"))).doesNotContain("2091-01");
        store = new IsolatedStatistics(client, application);
    }

    @AfterEach
    void dropIt() {
        store.close();
    }

    @Test
    void aBatchThatFailsBeforeItsEndWritesNothing() {
        StatisticsRollups rollups = earlierBatchDone(Crashes.none());
        Map<String, List<Document>> before = store.documents();

        assertThatThrownBy(() -> org.axonframework.messaging.unitofwork.DefaultUnitOfWork.startAndGet(null).execute(() -> {
            BATCH.forEach(d -> rollups.apply(d.fact(), d.profile()));
            throw new Crash("while handling the batch");
        })).isInstanceOf(Crash.class);

        assertThat(store.documents()).isEqualTo(before);
        batch(rollups, BATCH);
        assertThat(store.documents()).isEqualTo(clean);
    }

    @Test
    void aCrashOnceTheJournalIsWrittenIsFinishedWhenTheBatchComesAgain() {
        crashThenDeliverAgain(new Crashes().at(Step.OPENED, null));
    }

    @Test
    void aCrashOnceThePersonsAreWrittenIsFinishedWhenTheBatchComesAgain() {
        crashThenDeliverAgain(new Crashes().at(Step.PERSONS_WRITTEN, null));
    }

    @Test
    void aCrashOnceSomeCounterCollectionsAreWrittenIsFinishedWhenTheBatchComesAgain() {
        crashThenDeliverAgain(new Crashes().at(Step.COUNTERS_APPLIED, StatisticsRollups.EIL));
    }

    @Test
    void aCrashOnceAllCountersAreWrittenIsFinishedWhenTheBatchComesAgain() {
        crashThenDeliverAgain(new Crashes().at(Step.COUNTERS_APPLIED, StatisticsRollups.OPS));
    }

    @Test
    void aCrashOnceTheJournalIsMarkedAppliedIsFinishedWhenTheBatchComesAgain() {
        crashThenDeliverAgain(new Crashes().at(Step.MARKED_APPLIED, null));
    }

    @Test
    void aCrashOnceAnEmptyDocumentIsDeletedIsFinishedWhenTheBatchComesAgain() {
        // the month the expelled person left the stock before it ended: its only document is deleted
        crashThenDeliverAgain(new Crashes().at(Step.EMPTY_REMOVED, StatisticsRollups.IRMA));
    }

    @Test
    void aBatchDeliveredAgainAfterItsJournalWasClosedChangesNothing() {
        crashThenDeliverAgain(new Crashes().at(Step.CLOSED, null));
    }

    @Test
    void aBulkWriteThatReachedOnlySomeCounterDocumentsIsFinishedWhereTheirMarkerIsBehind() {
        Crashes crashes = new Crashes().at(Step.COUNTERS_APPLIED, StatisticsRollups.EIL);
        StatisticsRollups rollups = earlierBatchDone(crashes);
        Map<String, List<Document>> before = raw(StatisticsRollups.EIL);

        assertThatThrownBy(() -> batch(rollups, BATCH)).isInstanceOf(Crash.class);
        assertThat(undoEverySecondChange(StatisticsRollups.EIL, before)).isPositive();

        batch(rollups, BATCH);
        assertThat(store.documents()).isEqualTo(clean);
    }

    @Test
    void aBulkWriteThatReachedOnlySomePersonsIsFinishedFromTheJournal() {
        Crashes crashes = new Crashes().at(Step.PERSONS_WRITTEN, null);
        StatisticsRollups rollups = earlierBatchDone(crashes);
        Map<String, List<Document>> before = raw(StatisticsRollups.PERSONS);

        assertThatThrownBy(() -> batch(rollups, BATCH)).isInstanceOf(Crash.class);
        assertThat(undoEverySecondChange(StatisticsRollups.PERSONS, before)).isPositive();

        batch(rollups, BATCH);
        assertThat(store.documents()).isEqualTo(clean);
    }

    @Test
    void aCrashWhileFinishingAnOpenJournalIsFinishedTheNextTime() {
        crashThenDeliverAgain(new Crashes().at(Step.COUNTERS_APPLIED, StatisticsRollups.EIL)
                .at(Step.COUNTERS_APPLIED, StatisticsRollups.IRMA));
    }

    @Test
    void aJournalLeftOpenIsFinishedWhenTheRegisterStartsWithoutWaitingForABatch() {
        StatisticsRollups rollups = earlierBatchDone(new Crashes().at(Step.PERSONS_WRITTEN, null));
        assertThatThrownBy(() -> batch(rollups, BATCH)).isInstanceOf(Crash.class);

        store.rollups();

        assertThat(store.documents()).isEqualTo(clean);
        assertThat(store.journal().getString("state")).isEqualTo("CLOSED");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void crashThenDeliverAgain(Crashes crashes) {
        StatisticsRollups rollups = earlierBatchDone(crashes);

        assertThatThrownBy(() -> batch(rollups, BATCH)).isInstanceOf(Crash.class);
        while (crashes.left() > 0) {
            assertThatThrownBy(() -> batch(rollups, BATCH)).isInstanceOf(Crash.class);
        }
        batch(rollups, BATCH);

        assertThat(store.documents()).isEqualTo(clean);
        assertThat(store.journal().getString("state")).isEqualTo("CLOSED");
    }

    private StatisticsRollups earlierBatchDone(Crashes crashes) {
        StatisticsRollups rollups = store.rollups(crashes);
        batch(rollups, EARLIER);
        crashes.arm();
        return rollups;
    }

    private Map<String, List<Document>> raw(String collection) {
        return Map.of(collection, store.mongo.getCollection(collection).find().into(new ArrayList<>()));
    }

    /**
     * Puts every second document the crashed batch changed back as it was before (deleting it if it did not exist),
     * as if that part of the unordered bulk write had never reached the store.
     *
     * @return how many were put back
     */
    private int undoEverySecondChange(String collection, Map<String, List<Document>> before) {
        Map<Object, Document> was = new HashMap<>();
        before.get(collection).forEach(d -> was.put(d.get("_id"), d));
        int undone = 0;
        int changed = 0;
        for (Document now : store.mongo.getCollection(collection).find().into(new ArrayList<>())) {
            Document old = was.get(now.get("_id"));
            if (now.equals(old) || changed++ % 2 == 1) {
                continue;
            }
            if (old == null) {
                store.mongo.getCollection(collection).deleteOne(Filters.eq("_id", now.get("_id")));
            } else {
                store.mongo.getCollection(collection).replaceOne(Filters.eq("_id", old.get("_id")), old,
                        new ReplaceOptions().upsert(true));
            }
            undone++;
        }
        return undone;
    }

    /** Stands for the process stopping. */
    static final class Crash extends RuntimeException {
        Crash(String where) {
            super("crashed " + where);
        }
    }

    /** Crashes at the given points, once each and in order, after {@link #arm}. */
    static final class Crashes implements StatisticsJournal.Steps {

        private final Deque<String> points = new ArrayDeque<>();
        private boolean armed;

        static Crashes none() {
            return new Crashes();
        }

        Crashes at(Step step, String collection) {
            points.add(step + " " + collection);
            return this;
        }

        void arm() {
            armed = true;
        }

        int left() {
            return points.size();
        }

        @Override
        public void after(Step step, String collection) {
            if (armed && (step + " " + collection).equals(points.peek())) {
                throw new Crash("after " + points.pop());
            }
        }
    }
}
