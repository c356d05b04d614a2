package lv.pmlp.iaiar.api.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

class MvStoreBackendTest {

    @TempDir
    Path directory;

    private static Document everyType() {
        return new Document("_id", "person-1")
                .append("text", "Bērziņš Иванов 李")
                .append("int", 7).append("long", 9_000_000_000L).append("double", 2.5).append("bool", true)
                .append("date", Date.from(Instant.parse("2026-03-01T10:15:30.123Z")))
                .append("none", null)
                .append("objectId", new ObjectId("0123456789abcdef01234567"))
                .append("decimal", Decimal128.parse("12.345"))
                .append("binary", new Binary(new byte[] {1, 2, 3}))
                .append("nested", new Document("list", List.of(1, "two", new Document("three", 3L))));
    }

    @Test
    void aDocumentReadBackAfterAReopenHasEveryValueAndTypeItWasWrittenWith() {
        try (EmbeddedStore store = EmbeddedStore.files(directory.resolve("not-yet-created"))) {
            store.client.getDatabase("db").getCollection("c").insertOne(everyType());
        }
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            store.client.getDatabase("db").getCollection("c").insertOne(everyType());
        }
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            Document read = store.client.getDatabase("db").getCollection("c").find(Filters.eq("_id", "person-1")).first();
            assertThat(read).isEqualTo(everyType());
            assertThat(read.get("int")).isInstanceOf(Integer.class);
            assertThat(read.get("long")).isInstanceOf(Long.class);
        }
    }

    @Test
    void updatesUpsertsAndDeletesAreKeptAcrossAReopen() {
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("c");
            c.insertOne(new Document("_id", "a").append("n", 1));
            c.insertOne(new Document("_id", "b").append("n", 1));
            c.updateOne(Filters.eq("_id", "a"), Updates.inc("n", 41));
            c.replaceOne(Filters.eq("_id", "c"), new Document("_id", "c").append("n", 3), new ReplaceOptions().upsert(true));
            c.deleteOne(Filters.eq("_id", "b"));
        }
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("c");
            assertThat(c.find().sort(new Document("_id", 1)).into(new java.util.ArrayList<>()))
                    .containsExactly(new Document("_id", "a").append("n", 42), new Document("_id", "c").append("n", 3));
        }
    }

    @Test
    void anIdInQueryFindsExactlyTheListedDocuments() {
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("c");
            for (String id : List.of("a", "b", "c", "d")) {
                c.insertOne(new Document("_id", id).append("n", 1));
            }
            c.insertOne(new Document("_id", 7L).append("n", 2));

            assertThat(ids(c.find(Filters.in("_id", List.of("d", "b", "x"))))).containsExactlyInAnyOrder("b", "d");
            assertThat(ids(c.find(Filters.in("_id", List.<String>of())))).isEmpty();
            // not only strings: the library's own matching, which equates 7 with 7L
            assertThat(ids(c.find(Filters.in("_id", List.of("a", 7))))).containsExactlyInAnyOrder("a", 7L);
            // a further condition is still applied
            c.updateOne(Filters.eq("_id", "c"), Updates.set("n", 2));
            assertThat(ids(c.find(Filters.and(Filters.in("_id", List.of("a", "c")), Filters.eq("n", 2))))).containsExactly("c");
        }
    }

    @Test
    void aReplacementByIdMovesTheDocumentInItsIndexesAndKeepsTheDataSize() {
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("c");
            c.createIndex(Indexes.ascending("number"));
            c.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            c.insertOne(new Document("_id", "a").append("number", "N1").append("code", "A"));
            c.insertOne(new Document("_id", "b").append("number", "N2").append("code", "B"));

            UpdateResult result = c.replaceOne(Filters.eq("_id", "a"), new Document("number", "N3").append("code", "C")
                    .append("extra", List.of(1, 2)));

            assertThat(result.getMatchedCount()).isEqualTo(1);
            assertThat(result.getModifiedCount()).isEqualTo(1);
            assertThat(ids(c.find(Filters.eq("number", "N1")))).isEmpty();
            assertThat(ids(c.find(Filters.eq("number", "N3")))).containsExactly("a");
            assertThat(c.find(Filters.eq("_id", "a")).first()).isEqualTo(new Document("_id", "a").append("number", "N3")
                    .append("code", "C").append("extra", List.of(1, 2)));
            MongoCollection<Document> same = store.client.getDatabase("db").getCollection("same");
            same.insertMany(c.find().into(new java.util.ArrayList<>()));
            assertThat(dataSize(store, "c")).isEqualTo(dataSize(store, "same"));
        }
    }

    @Test
    void theDataSizeIsTheBsonSizeOfTheStoredDocumentsAfterEveryKindOfWriteAndAReopen() {
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("c");
            c.insertOne(everyType());
            c.insertMany(List.of(new Document("_id", "a").append("n", 1), new Document("_id", "b").append("n", 2)));
            assertThat(dataSize(store, "c")).isEqualTo(bsonSize(c));
            // the replacement by id (the store's own path), an operator update and a delete (the library's)
            c.replaceOne(Filters.eq("_id", "a"), new Document("n", 10).append("text", "garāks teksts"));
            c.updateOne(Filters.eq("_id", "b"), Updates.combine(Updates.inc("n", 5), Updates.set("list", List.of(1, 2, 3))));
            c.deleteOne(Filters.eq("_id", "person-1"));
            assertThat(dataSize(store, "c")).isEqualTo(bsonSize(c)).isPositive();
        }
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("c");
            assertThat(dataSize(store, "c")).isEqualTo(bsonSize(c));
        }
    }

    @Test
    void aReplacementByIdWithAFurtherConditionReplacesOnlyWhenTheConditionHolds() {
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("c");
            c.insertOne(new Document("_id", "journal").append("seq", 4L));

            UpdateResult stale = c.replaceOne(Filters.and(Filters.eq("_id", "journal"), Filters.eq("seq", 3L)),
                    new Document("_id", "journal").append("seq", 9L));
            UpdateResult current = c.replaceOne(Filters.and(Filters.eq("_id", "journal"), Filters.eq("seq", 4L)),
                    new Document("_id", "journal").append("seq", 5L));

            assertThat(stale.getMatchedCount()).isZero();
            assertThat(current.getModifiedCount()).isEqualTo(1);
            assertThat(c.find().into(new java.util.ArrayList<>())).containsExactly(new Document("_id", "journal").append("seq", 5L));
        }
    }

    @Test
    void aReplacementWithTheSameContentModifiesNothing() {
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("c");
            c.insertOne(new Document("_id", "a").append("n", 1));

            UpdateResult result = c.replaceOne(Filters.eq("_id", "a"), new Document("_id", "a").append("n", 1));

            assertThat(result.getMatchedCount()).isEqualTo(1);
            assertThat(result.getModifiedCount()).isZero();
        }
    }

    @Test
    void aReplacementRefusedByAUniqueIndexOrChangingTheIdChangesNothing() {
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("c");
            c.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            c.insertOne(new Document("_id", "a").append("code", "A"));
            c.insertOne(new Document("_id", "b").append("code", "B"));

            assertThatThrownBy(() -> c.replaceOne(Filters.eq("_id", "a"), new Document("code", "B")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> c.replaceOne(Filters.eq("_id", "a"), new Document("_id", "z").append("code", "Z")))
                    .isInstanceOf(MongoWriteException.class);

            assertThat(c.find().sort(new Document("_id", 1)).into(new java.util.ArrayList<>())).containsExactly(
                    new Document("_id", "a").append("code", "A"), new Document("_id", "b").append("code", "B"));
            assertThat(ids(c.find(Filters.eq("code", "A")))).containsExactly("a");
        }
    }

    /** The BSON size of the collection's documents as the driver reads and encodes them. */
    private static long bsonSize(MongoCollection<Document> c) {
        long size = 0;
        for (Document document : c.find()) {
            size += new org.bson.RawBsonDocument(document, new org.bson.codecs.DocumentCodec()).getByteBuffer().remaining();
        }
        return size;
    }

    private static long dataSize(EmbeddedStore store, String collection) {
        return store.client.getDatabase("db").runCommand(new Document("collStats", collection)).get("size", Number.class)
                .longValue();
    }

    private static List<Object> ids(Iterable<Document> documents) {
        List<Object> ids = new java.util.ArrayList<>();
        documents.forEach(d -> ids.add(d.get("_id")));
        return ids;
    }

    @Test
    void aUniqueIndexRefusesADuplicateAlsoAfterAReopen() {
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("c");
            c.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true));
            c.insertOne(new Document("_id", 1).append("number", "AB123"));
        }
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("c");
            assertThatThrownBy(() -> c.insertOne(new Document("_id", 2).append("number", "AB123")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThat(c.find(Filters.eq("number", "AB123")).first()).containsEntry("_id", 1);
        }
    }

    @Test
    void aWriteToADurableDatabaseIsOnDiskWhenItIsAcknowledged() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.files(directory, "keys")) {
            store.client.getDatabase("keys").getCollection("person_keys").insertOne(new Document("_id", "p").append("key", "k"));
            // a copy of the file taken now is what a crash at this moment would leave behind
            Path crashed = Files.createDirectories(directory.resolve("crashed"));
            Files.copy(directory.resolve(MvStoreBackend.DURABLE_FILE), crashed.resolve(MvStoreBackend.DURABLE_FILE));
            Files.copy(directory.resolve(MvStoreBackend.READ_MODELS_FILE), crashed.resolve(MvStoreBackend.READ_MODELS_FILE));
            try (EmbeddedStore afterCrash = EmbeddedStore.files(crashed, "keys")) {
                assertThat(afterCrash.client.getDatabase("keys").getCollection("person_keys").find().first())
                        .containsEntry("key", "k");
            }
        }
    }

    @Test
    void durableDatabasesAreKeptInTheirOwnFile() {
        try (EmbeddedStore store = EmbeddedStore.files(directory, "keys")) {
            store.client.getDatabase("keys").getCollection("person_keys").insertOne(new Document("_id", "p"));
            store.client.getDatabase("iaiar").getCollection("case_files").insertOne(new Document("_id", "p"));
        }
        MvStoreFile durable = MvStoreFile.open(directory.resolve(MvStoreBackend.DURABLE_FILE), EmbeddedStore.SETTINGS, true);
        try {
            assertThat(durable.databaseNames()).containsExactly("keys");
        } finally {
            durable.close();
        }
    }

    @Test
    void aFileOfMongoJavaServersOwnH2BackendIsRefusedRatherThanMisread() throws Exception {
        Path h2 = Files.createDirectories(directory.resolve("old"));
        MongoServer old = new MongoServer(new H2Backend(h2.resolve(MvStoreBackend.READ_MODELS_FILE).toString()));
        old.bind("127.0.0.1", 0);
        try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(
                "mongodb://127.0.0.1:" + old.getLocalAddress().getPort())) {
            client.getDatabase("db").getCollection("c").insertOne(new Document("_id", UUID.randomUUID().toString()));
        } finally {
            old.shutdownNow();
        }
        assertThatThrownBy(() -> MvStoreBackend.open(h2, EmbeddedStore.SETTINGS, java.util.Set.of(), java.util.Set.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not in this store's layout");
    }

    @Test
    void aNewFileIsMadeInTheCompactLayout() {
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            store.client.getDatabase("db").getCollection("c").insertOne(everyType());
        }
        try (MvStoreFile file = MvStoreFile.open(directory.resolve(MvStoreBackend.READ_MODELS_FILE), EmbeddedStore.SETTINGS, false)) {
            assertThat(file.layout()).isEqualTo(MvStoreFile.LAYOUT);
        }
    }

    @Test
    void aFileOfTheFirstLayoutIsStillReadAndWrittenInIt() {
        Path file = directory.resolve(MvStoreBackend.READ_MODELS_FILE);
        MvStoreFile.open(file, EmbeddedStore.SETTINGS, false, MvStoreFile.LAYOUT_BSON_HOLDERS).close();
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("c");
            c.createIndex(Indexes.ascending("number"));
            c.insertOne(everyType().append("number", "AB123"));
        }
        try (EmbeddedStore store = EmbeddedStore.files(directory)) {
            MongoCollection<Document> c = store.client.getDatabase("db").getCollection("c");
            assertThat(c.find(Filters.eq("number", "AB123")).first()).isEqualTo(everyType().append("number", "AB123"));
            assertThat(c.find(Filters.eq("_id", "person-1")).first()).isEqualTo(everyType().append("number", "AB123"));
        }
        try (MvStoreFile reopened = MvStoreFile.open(file, EmbeddedStore.SETTINGS, false)) {
            assertThat(reopened.layout()).isEqualTo(MvStoreFile.LAYOUT_BSON_HOLDERS);
        }
        // the pages themselves are in the first layout: its reader finds the document under its id
        org.h2.mvstore.MVStore raw = org.h2.mvstore.MVStore.open(file.toString());
        try {
            org.h2.mvstore.MVMap<Object, de.bwaldvogel.mongo.bson.Document> documents = raw.openMap(
                    MvStoreDatabase.DATABASES_PREFIX + "db.c", new org.h2.mvstore.MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>()
                            .keyType(BsonPages.ValueType.BSON_HOLDERS).valueType(BsonPages.DocumentType.INSTANCE));
            assertThat(documents.keySet()).singleElement().isEqualTo("person-1");
            assertThat(documents.values()).singleElement().satisfies(d -> assertThat(d.get("number")).isEqualTo("AB123"));
        } finally {
            raw.close();
        }
    }
}
