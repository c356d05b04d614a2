package lv.pmlp.iaiar.api.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.backend.Index;

/**
 * Secondary indexes: a query the index answers returns exactly what a scan of the collection returns, whatever
 * inserts, updates, replacements and deletions came before, and the index is what answers it.
 */
class MvStoreSecondaryIndexTest {

    @TempDir
    Path directory;

    @Test
    void anIndexedQueryFindsWhatAScanFindsAfterRandomWrites() {
        try (EmbeddedStore store = EmbeddedStore.memory()) {
            assertIndexedEqualsScan(store, 1);
        }
    }

    @Test
    void anIndexedQueryFindsWhatAScanFindsInAFileReopened() {
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            assertIndexedEqualsScan(store, 2);
        }
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("facts");
            for (int person = 0; person < 20; person++) {
                assertThat(ids(c, Filters.eq("personId", "p" + person)))
                        .isEqualTo(ids(c, Filters.or(Filters.eq("personId", "p" + person))));
            }
        }
    }

    @Test
    void theIndexAnswersQueriesOnItsFirstFieldAndLeavesOthersToTheScan() {
        try (EmbeddedStore store = EmbeddedStore.memory()) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("facts");
            c.createIndex(Indexes.ascending("personId", "day"));
            c.insertOne(new Document("_id", 1).append("personId", "p1").append("day", "2026-01-02"));
            Index<?> index = secondary((MvStoreBackend) store.backend);
            assertThat(index).isNotNull();
            assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("personId", "p1"))).isTrue();
            assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("personId", "p1").append("day",
                    new de.bwaldvogel.mongo.bson.Document("$lte", "2026-02-01")))).isTrue();
            assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("personId",
                    new de.bwaldvogel.mongo.bson.Document("$in", List.of("p1", "p2"))))).isTrue();
            assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("day", "2026-01-02"))).isFalse();
            assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("personId", null))).isFalse();
            assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("personId",
                    new de.bwaldvogel.mongo.bson.Document("$gt", "p0")))).isFalse();
        }
    }

    @Test
    void anArrayFieldIsIndexedByEachOfItsElements() {
        try (EmbeddedStore store = EmbeddedStore.memory()) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("facts");
            c.createIndex(Indexes.ascending("kinds", "day"));
            c.insertOne(new Document("_id", 1).append("kinds", List.of("RETURNED", "DEADLINE_MET")).append("day", "d1"));
            c.insertOne(new Document("_id", 2).append("kinds", List.of("RETURNED")).append("day", "d2"));
            c.updateOne(Filters.eq("_id", 2), Updates.set("kinds", List.of("DECISION_ISSUED")));
            assertThat(ids(c, Filters.eq("kinds", "DEADLINE_MET"))).containsExactly(1);
            assertThat(ids(c, Filters.eq("kinds", "RETURNED"))).containsExactly(1);
            assertThat(ids(c, Filters.eq("kinds", "DECISION_ISSUED"))).containsExactly(2);
        }
    }

    @Test
    void anIndexCreatedOnACollectionWithDocumentsIndexesThem() {
        try (EmbeddedStore store = EmbeddedStore.memory()) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("facts");
            c.insertOne(new Document("_id", 1).append("personId", "p1"));
            c.insertOne(new Document("_id", 2).append("personId", "p2"));
            c.createIndex(Indexes.ascending("personId"));
            assertThat(ids(c, Filters.eq("personId", "p2"))).containsExactly(2);
        }
    }

    @Test
    void updateManyAndDeleteManyByAnIndexedFieldReachEveryMatchingDocument() {
        try (EmbeddedStore store = EmbeddedStore.memory()) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("history");
            c.createIndex(Indexes.ascending("personId", "recordedAt"));
            for (int i = 0; i < 30; i++) {
                c.insertOne(new Document("_id", i).append("personId", "p" + (i % 3)).append("recordedAt", i));
            }
            assertThat(c.updateMany(Filters.eq("personId", "p1"), Updates.set("erased", true)).getModifiedCount()).isEqualTo(10);
            assertThat(ids(c, Filters.eq("erased", true))).hasSize(10);
            assertThat(c.deleteMany(Filters.eq("personId", "p2")).getDeletedCount()).isEqualTo(10);
            assertThat(c.countDocuments()).isEqualTo(20);
            assertThat(ids(c, Filters.eq("personId", "p2"))).isEmpty();
        }
    }

    private static Index<?> secondary(MvStoreBackend backend) {
        return backend.resolveDatabase("db").resolveCollection("facts", true).getIndexes().stream()
                .filter(i -> !i.getName().equals("_id_")).findFirst().orElse(null);
    }

    /** Random writes, then every indexed query compared with the same query written so no index can answer it. */
    private static void assertIndexedEqualsScan(EmbeddedStore store, long seed) {
        MongoCollection<Document> c = store.client.getDatabase("db").getCollection("facts");
        c.createIndex(Indexes.ascending("personId", "day"));
        Random random = new Random(seed);
        for (int step = 0; step < 2_000; step++) {
            int id = random.nextInt(300);
            String person = "p" + random.nextInt(20);
            switch (random.nextInt(5)) {
                case 0, 1 -> c.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("personId", person)
                        .append("day", "2026-01-" + (10 + random.nextInt(20))), new ReplaceOptions().upsert(true));
                case 2 -> c.updateOne(Filters.eq("_id", id), Updates.set("personId", person));
                case 3 -> c.updateOne(Filters.eq("_id", id), Updates.unset("personId"));
                default -> c.deleteOne(Filters.eq("_id", id));
            }
        }
        for (int person = 0; person < 20; person++) {
            Bson indexed = Filters.eq("personId", "p" + person);
            assertThat(ids(c, indexed)).isEqualTo(ids(c, Filters.or(indexed)));
            Bson ranged = Filters.and(indexed, Filters.lte("day", "2026-01-20"));
            assertThat(ids(c, ranged)).isEqualTo(ids(c, Filters.or(ranged)));
        }
        Bson in = Filters.in("personId", "p1", "p2", "p3");
        assertThat(ids(c, in)).isEqualTo(ids(c, Filters.or(in)));
    }

    private static Set<Object> ids(MongoCollection<Document> c, Bson filter) {
        Set<Object> ids = new HashSet<>();
        for (Document d : c.find(filter)) {
            ids.add(d.get("_id"));
        }
        return ids;
    }
}
