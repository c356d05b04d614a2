package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;
import lv.pmlp.iaiar.events.returncase.DecisionType;
import lv.pmlp.iaiar.projections.statistics.FactKind;
import lv.pmlp.iaiar.projections.statistics.StatisticalFact;
import lv.pmlp.iaiar.projections.statistics.StatisticalProfile;
import lv.pmlp.iaiar.projections.statistics.StatisticsRollups;

/**
 * The rollups on the real store, without transactions: a fact delivered again counts once, also when its first
 * delivery stopped between the person's document and the counters. Facts of 2093, which no other test uses, at
 * log positions beyond any real event.
 */
@RegisterApiTest
class StatisticsRollupsStoreTest {

    static final long POSITION = 9_000_000_000L;
    static final String TOTAL = "TOTAL|T|TOTAL";

    @Autowired
    StatisticsRollups rollups;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aFactDeliveredAgainCountsOnce() {
        StatisticalFact fact = issued("rollup-again", "e-again", LocalDate.of(2093, 1, 10));

        rollups.apply(fact, profile("rollup-again"), POSITION);
        rollups.apply(fact, profile("rollup-again"), POSITION);
        rollups.apply(fact, profile("rollup-again"), POSITION + 5);

        assertThat(total("migr_eiord:2093-Q1")).isEqualTo(1);
        assertThat(total("migr_eiord:2093-01")).isEqualTo(1);
    }

    @Test
    void aDeliveryInterruptedBeforeTheCountersIsFinishedWhenTheEventComesAgain() {
        StatisticalFact fact = issued("rollup-interrupted", "e-interrupted", LocalDate.of(2093, 5, 10));
        rollups.apply(fact, profile("rollup-interrupted"), POSITION + 10);
        // as if the process had stopped after writing the person's document, before any counter
        mongo.remove(Query.query(where("_id").in(List.of("migr_eiord:2093-Q2", "migr_eiord:2093-05", "migr_eiord:2093"))),
                StatisticsRollups.EIL);

        rollups.apply(fact, profile("rollup-interrupted"), POSITION + 10);

        assertThat(total("migr_eiord:2093-Q2")).isEqualTo(1);
        assertThat(total("migr_eiord:2093-05")).isEqualTo(1);
    }

    @Test
    void aSecondDecisionInAnotherMonthOfTheQuarterAddsTheMonthButNotTheQuarter() {
        rollups.apply(issued("rollup-two", "e-two-1", LocalDate.of(2093, 7, 10)), profile("rollup-two"), POSITION + 20);
        rollups.apply(issued("rollup-two", "e-two-2", LocalDate.of(2093, 8, 10)), profile("rollup-two"), POSITION + 21);

        assertThat(total("migr_eiord:2093-Q3")).isEqualTo(1);
        assertThat(total("migr_eiord:2093-07")).isEqualTo(1);
        assertThat(total("migr_eiord:2093-08")).isEqualTo(1);
    }

    private long total(String document) {
        Document rollup = mongo.findById(document, Document.class, StatisticsRollups.EIL);
        assertThat(rollup).as(document).isNotNull();
        return ((Number) rollup.get(StatisticsRollups.CELLS, Document.class).get(TOTAL)).longValue();
    }

    private static StatisticalFact issued(String personId, String eventId, LocalDate day) {
        return new StatisticalFact(eventId, "DepartureOrderIssued", List.of(FactKind.DECISION_ISSUED), personId, "case-" + personId,
                "decision-" + eventId, day.toString(), StatisticalFact.monthOf(day), StatisticalFact.quarterOf(day),
                String.valueOf(day.getYear()), Instant.parse("2093-12-31T00:00:00Z"), Institution.VRS, "VRS", "officer", Role.OFFICER,
                "KG", DecisionType.DEPARTURE_ORDER, List.of(), null, null, null, null, null, null);
    }

    private static StatisticalProfile profile(String personId) {
        return new StatisticalProfile(personId, List.of(new StatisticalProfile.Revision("r-" + personId,
                Instant.parse("2093-01-01T00:00:00Z"), LocalDate.of(2060, 1, 1), Sex.FEMALE, List.of("KG"), false,
                SubjectCategory.THIRD_COUNTRY_NATIONAL)));
    }
}
