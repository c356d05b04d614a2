package lv.pmlp.iaiar.api;

import static lv.pmlp.iaiar.api.IsolatedStatistics.batch;
import static lv.pmlp.iaiar.api.IsolatedStatistics.decision;
import static lv.pmlp.iaiar.api.IsolatedStatistics.profile;
import static lv.pmlp.iaiar.api.IsolatedStatistics.removal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.client.MongoClient;

import lv.pmlp.iaiar.api.IsolatedStatistics.Delivery;
import lv.pmlp.iaiar.events.returncase.DecisionType;
import lv.pmlp.iaiar.projections.statistics.StatisticalProfile;
import lv.pmlp.iaiar.projections.statistics.StatisticsJournal;
import lv.pmlp.iaiar.projections.statistics.StatisticsRollups;

/**
 * The rollups on the real store, without transactions, in batches as the projection hands them over: redelivered
 * facts count once, a batch counts as its facts one batch each, and the counter documents hold counters only.
 */
@RegisterApiTest
class StatisticsRollupsStoreTest {

    static final String TOTAL = "TOTAL|T|TOTAL";
    static final StatisticalProfile KYRGYZ = profile("p-1", LocalDate.of(2060, 1, 1), "KG");

    @Autowired
    MongoClient client;
    @Autowired
    MongoTemplate application;

    IsolatedStatistics store;
    StatisticsRollups rollups;

    @BeforeEach
    void anEmptyStore() {
        store = new IsolatedStatistics(client, application);
        rollups = store.rollups();
    }

    @AfterEach
    void dropIt() {
        store.close();
    }

    @Test
    void aFactDeliveredAgainCountsOnce() {
        Delivery fact = new Delivery(decision("p-1", "e-1", LocalDate.of(2093, 1, 10), DecisionType.DEPARTURE_ORDER), KYRGYZ);

        batch(rollups, List.of(fact));
        batch(rollups, List.of(fact));

        assertThat(total("2093-Q1")).isEqualTo(1);
        assertThat(total("2093-01")).isEqualTo(1);
    }

    @Test
    void aSecondDecisionInAnotherMonthOfTheQuarterAddsTheMonthButNotTheQuarter() {
        batch(rollups, List.of(new Delivery(decision("p-1", "e-1", LocalDate.of(2095, 7, 10), DecisionType.DEPARTURE_ORDER), KYRGYZ)));
        batch(rollups, List.of(new Delivery(decision("p-1", "e-2", LocalDate.of(2095, 8, 10), DecisionType.DEPARTURE_ORDER), KYRGYZ)));

        assertThat(total("2095-Q3")).isEqualTo(1);
        assertThat(total("2095")).isEqualTo(1);
        assertThat(total("2095-07")).isEqualTo(1);
        assertThat(total("2095-08")).isEqualTo(1);
    }

    @Test
    void factsInOneBatchCountAsTheSameFactsInABatchEach() {
        List<Delivery> facts = mixOfPersons();
        IsolatedStatistics oneByOne = new IsolatedStatistics(client, application);
        try {
            StatisticsRollups single = oneByOne.rollups();
            facts.forEach(f -> batch(single, List.of(f)));

            batch(rollups, facts);

            assertThat(store.documents()).isEqualTo(oneByOne.documents());
        } finally {
            oneByOne.close();
        }
    }

    @Test
    void aDocumentWhoseLastPersonLeavesItIsDeleted() {
        StatisticalProfile person = profile("p-1", LocalDate.of(2060, 1, 1), "RU");
        batch(rollups, List.of(new Delivery(decision("p-1", "e-1", LocalDate.of(2094, 1, 10),
                DecisionType.FORCED_EXPULSION_DECISION), person)));
        assertThat(store.mongo.findById("2094-01", Document.class, StatisticsRollups.IRMA)).isNotNull();

        // removed in the month of the decision: never in a month-end stock
        batch(rollups, List.of(new Delivery(removal("p-1", "e-2", LocalDate.of(2094, 1, 20), "RU"), person)));

        assertThat(store.mongo.findById("2094-01", Document.class, StatisticsRollups.IRMA)).isNull();
    }

    @Test
    void counterDocumentsHoldCountersAndTheJournalMarkerOnly() {
        batch(rollups, mixOfPersons());

        Set<String> fields = new java.util.TreeSet<>();
        for (String collection : List.of(StatisticsRollups.EIL, StatisticsRollups.IRMA, StatisticsRollups.OPS)) {
            store.mongo.findAll(Document.class, collection).forEach(d -> fields.addAll(d.keySet()));
        }
        assertThat(fields).containsExactlyInAnyOrder("_id", StatisticsJournal.MARKER, StatisticsRollups.CELLS,
                StatisticsRollups.UAM, StatisticsRollups.PERSONS_FIELD, StatisticsRollups.CITIZENS, StatisticsRollups.OPS_COUNT,
                StatisticsRollups.OPS_SUM, StatisticsRollups.OPS_WITH_DAYS, StatisticsRollups.OPS_DAYS, StatisticsRollups.WORK_ACTS,
                StatisticsRollups.WORK_DECISIONS, StatisticsRollups.WORK_SUM, StatisticsRollups.WORK_DAYS);
    }

    @Test
    void aPersonsRollupKeepsWhatTheyAreCountedAsNotTheCountersTheyAddTo() {
        batch(rollups, mixOfPersons());

        Document rollup = store.mongo.findById("p-0", Document.class, StatisticsRollups.PERSONS);
        assertThat(rollup.keySet()).containsExactlyInAnyOrder("_id", "markers", "irma", "acts", "countedAs", "_class");
        assertThat(rollup.get("countedAs", Document.class).keySet()).doesNotContain("eventId", "recordedAt");
        // a decision and a return: a few kilobytes, where the counters they add to would be tens
        assertThat(new org.bson.RawBsonDocument(rollup, new org.bson.codecs.DocumentCodec()).getByteBuffer().remaining())
                .isLessThan(4_000);
    }

    @Test
    void aFinishedBatchLeavesItsJournalClosedWithOnlyItsNumber() {
        batch(rollups, mixOfPersons());
        batch(rollups, List.of(new Delivery(decision("p-9", "e-9", LocalDate.of(2093, 5, 1), DecisionType.DEPARTURE_ORDER),
                profile("p-9", LocalDate.of(2070, 1, 1), "UZ"))));

        assertThat(store.journal()).isEqualTo(new Document("_id", "statistics/0").append("seq", 2L).append("state", "CLOSED"));
    }

    /** Ten persons with a decision each, half of them also removed, in 2093. */
    private static List<Delivery> mixOfPersons() {
        List<Delivery> facts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            StatisticalProfile person = profile("p-" + i, LocalDate.of(2050 + i * 4, 1 + i, 1), i % 3 == 0 ? "UZ" : "RU");
            facts.add(new Delivery(decision("p-" + i, "d-" + i, LocalDate.of(2093, 1 + i, 3),
                    i % 2 == 0 ? DecisionType.FORCED_EXPULSION_DECISION : DecisionType.DEPARTURE_ORDER), person));
            if (i % 2 == 0) {
                facts.add(new Delivery(removal("p-" + i, "r-" + i, LocalDate.of(2093, 2 + i, 7), "RU"), person));
            }
        }
        return facts;
    }

    /** Persons of migr_eiord in the period, over its counter documents. */
    private long total(String period) {
        long total = 0;
        for (Document rollup : store.mongo.find(Query.query(where("_id").in(
                StatisticsRollups.Table.ORDERED_TO_LEAVE.documentIds(period))), Document.class, StatisticsRollups.EIL)) {
            Object n = rollup.get(StatisticsRollups.CELLS, Document.class).get(TOTAL);
            total += n == null ? 0 : ((Number) n).longValue();
        }
        return total;
    }
}
