package lv.pmlp.iaiar.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import com.mongodb.client.MongoClient;

import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;
import lv.pmlp.iaiar.events.returncase.DecisionType;
import lv.pmlp.iaiar.projections.ReadModelCollections;
import lv.pmlp.iaiar.projections.ReadModels;
import lv.pmlp.iaiar.projections.statistics.FactKind;
import lv.pmlp.iaiar.projections.statistics.StatisticalFact;
import lv.pmlp.iaiar.projections.statistics.StatisticalProfile;
import lv.pmlp.iaiar.projections.statistics.StatisticsJournal;
import lv.pmlp.iaiar.projections.statistics.StatisticsRollups;

/**
 * Statistics rollups in a database of their own on the test store, mapped as the application maps them: the
 * statistics processor writes its journal and counters elsewhere, so it can never interleave with a test's batches
 * (the journal's marker allows one writer). Dropped on {@link #close}.
 */
final class IsolatedStatistics implements AutoCloseable {

    /** One fact as the projection hands it over, with the person's profile at that moment. */
    record Delivery(StatisticalFact fact, StatisticalProfile profile) {
    }

    final MongoTemplate mongo;

    IsolatedStatistics(MongoClient client, MongoTemplate application) {
        this.mongo = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, "statistics-test-" + UUID.randomUUID()),
                application.getConverter());
    }

    StatisticsRollups rollups() {
        return new StatisticsRollups(mongo);
    }

    StatisticsRollups rollups(StatisticsJournal.Steps steps) {
        return new StatisticsRollups(mongo, steps);
    }

    /** The deliveries as one batch: one unit of work, ended (and its writes sent) when it commits. */
    static void batch(StatisticsRollups rollups, List<Delivery> deliveries) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> deliveries.forEach(d -> rollups.apply(d.fact(), d.profile())));
    }

    /** The statistics collections without their bookkeeping, as a rebuild must reproduce them. */
    Map<String, List<Document>> documents() {
        return ReadModelDocuments.of(mongo, ReadModelCollections.of(ReadModels.STATISTICS));
    }

    Document journal() {
        return mongo.getCollection(StatisticsJournal.COLLECTION).find().first();
    }

    @Override
    public void close() {
        mongo.getDb().drop();
    }

    // ---- facts and profiles ------------------------------------------------------------------------------------

    static StatisticalProfile profile(String personId, LocalDate born, String citizenship) {
        return new StatisticalProfile(personId, List.of(new StatisticalProfile.Revision("r-" + personId,
                Instant.parse("2090-01-01T00:00:00Z"), born, Sex.MALE, List.of(citizenship), false,
                SubjectCategory.THIRD_COUNTRY_NATIONAL)));
    }

    static StatisticalFact decision(String personId, String eventId, LocalDate day, DecisionType type) {
        return fact(personId, eventId, FactKind.DECISION_ISSUED, day, type, null);
    }

    static StatisticalFact removal(String personId, String eventId, LocalDate day, String destination) {
        return fact(personId, eventId, FactKind.RETURNED, day, DecisionType.FORCED_EXPULSION_DECISION, destination);
    }

    private static StatisticalFact fact(String personId, String eventId, FactKind kind, LocalDate day, DecisionType type,
                                        String destination) {
        boolean returned = kind == FactKind.RETURNED;
        return new StatisticalFact(eventId, kind.name(), List.of(kind), personId, "case-" + personId,
                "decision-" + personId, day.toString(), StatisticalFact.monthOf(day), StatisticalFact.quarterOf(day),
                String.valueOf(day.getYear()), Instant.parse("2092-01-01T00:00:00Z").plusSeconds(eventId.hashCode() & 0xffff),
                Institution.VRS, "VRS-UNIT", "officer", Role.OFFICER, "RU", type, List.of(), returned ? "ENFORCE" : null,
                destination, returned ? "ENFORCE" : null, returned ? "N_ASSIST" : null,
                kind == FactKind.DECISION_ISSUED ? 12L : null, null);
    }
}
