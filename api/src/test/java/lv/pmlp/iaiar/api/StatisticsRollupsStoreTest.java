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
 * delivery stopped between the person's document and the counters. Facts of 2093 to 2095, a year per test, which no
 * other test uses.
 */
@RegisterApiTest
class StatisticsRollupsStoreTest {

    static final String TOTAL = "TOTAL|T|TOTAL";

    @Autowired
    StatisticsRollups rollups;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aFactDeliveredAgainCountsOnce() {
        StatisticalFact fact = issued("rollup-again", "e-again", LocalDate.of(2093, 1, 10));

        rollups.apply(fact, profile("rollup-again"));
        rollups.apply(fact, profile("rollup-again"));

        assertThat(total("2093-Q1")).isEqualTo(1);
        assertThat(total("2093-01")).isEqualTo(1);
    }

    @Test
    void aChangeInterruptedBeforeSomeCountersIsFinishedOnceWhenTheFactComesAgain() {
        StatisticalFact fact = issued("rollup-interrupted", "e-interrupted", LocalDate.of(2094, 5, 10));
        rollups.apply(fact, profile("rollup-interrupted"));
        // as if the process had stopped after the quarter's and year's counters, before the month's
        StatisticsRollups.PersonRollup person = mongo.findById("rollup-interrupted", StatisticsRollups.PersonRollup.class,
                StatisticsRollups.PERSONS);
        mongo.save(new StatisticsRollups.PersonRollup(person.personId(), person.markers(), person.irma(), person.acts(),
                person.counted(), person.counted()), StatisticsRollups.PERSONS);
        mongo.remove(Query.query(where("_id").in(StatisticsRollups.Table.ORDERED_TO_LEAVE.documentIds("2094-05"))),
                StatisticsRollups.EIL);

        rollups.apply(fact, profile("rollup-interrupted"));

        assertThat(total("2094-05")).isEqualTo(1);
        assertThat(total("2094-Q2")).isEqualTo(1);
        assertThat(total("2094")).isEqualTo(1);
        assertThat(mongo.findById("rollup-interrupted", StatisticsRollups.PersonRollup.class, StatisticsRollups.PERSONS)
                .pending()).isEmpty();
    }

    @Test
    void aSecondDecisionInAnotherMonthOfTheQuarterAddsTheMonthButNotTheQuarter() {
        rollups.apply(issued("rollup-two", "e-two-1", LocalDate.of(2095, 7, 10)), profile("rollup-two"));
        rollups.apply(issued("rollup-two", "e-two-2", LocalDate.of(2095, 8, 10)), profile("rollup-two"));

        assertThat(total("2095-Q3")).isEqualTo(1);
        assertThat(total("2095")).isEqualTo(1);
        assertThat(total("2095-07")).isEqualTo(1);
        assertThat(total("2095-08")).isEqualTo(1);
    }

    /** Persons of migr_eiord in the period, over its counter documents. */
    private long total(String period) {
        long total = 0;
        for (Document rollup : mongo.find(Query.query(where("_id").in(
                StatisticsRollups.Table.ORDERED_TO_LEAVE.documentIds(period))), Document.class, StatisticsRollups.EIL)) {
            Object n = rollup.get(StatisticsRollups.CELLS, Document.class).get(TOTAL);
            total += n == null ? 0 : ((Number) n).longValue();
        }
        return total;
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
