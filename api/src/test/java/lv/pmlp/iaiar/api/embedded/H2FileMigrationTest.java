package lv.pmlp.iaiar.api.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** A data directory of the earlier layout (mongo-java-server's H2 file) is carried over whole, once. */
class H2FileMigrationTest {

    @TempDir
    Path data;

    @Test
    void everyDatabaseCollectionDocumentAndIndexIsCopiedAndTheOldFileKept() throws Exception {
        Path old = data.resolve("mongo.mv");
        writeOldLayout(old);

        assertThat(H2FileMigration.migrateIfNeeded(old, data.resolve("mongo"), EmbeddedStore.SETTINGS, Set.of("iaiar_keys"))).isTrue();

        assertThat(old).doesNotExist();
        assertThat(data.resolve("mongo.mv.migrated")).exists();
        try (EmbeddedStore store = EmbeddedStore.files(data.resolve("mongo"), "iaiar_keys")) {
            MongoCollection<Document> keys = store.client.getDatabase("iaiar_keys").getCollection("person_keys");
            assertThat(keys.find().first()).isEqualTo(new Document("_id", "person-1").append("key", "c2VjcmV0")
                    .append("createdAt", Date.from(Instant.parse("2026-01-01T00:00:00Z"))));
            MongoCollection<Document> files = store.client.getDatabase("iaiar").getCollection("case_files");
            assertThat(files.countDocuments()).isEqualTo(2_500);
            assertThat(files.find(new Document("personId", "p7")).into(new ArrayList<>())).hasSize(250);
            List<String> indexes = files.listIndexes().map(i -> i.getString("name")).into(new ArrayList<>());
            assertThat(indexes).contains("_id_", "personId_1", "number_1", "expiresAt_1");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> files.insertOne(new Document("_id", "dup").append("number", "N-1")))
                    .isInstanceOf(MongoWriteException.class);
        }
    }

    @Test
    void aDirectoryAlreadyMigratedIsLeftAsItIs() throws Exception {
        Path old = data.resolve("mongo.mv");
        writeOldLayout(old);
        H2FileMigration.migrateIfNeeded(old, data.resolve("mongo"), EmbeddedStore.SETTINGS, Set.of());
        writeOldLayout(old);

        assertThat(H2FileMigration.migrateIfNeeded(old, data.resolve("mongo"), EmbeddedStore.SETTINGS, Set.of())).isFalse();
        assertThat(old).exists();
    }

    @Test
    void aFreshDirectoryNeedsNoMigration() throws Exception {
        assertThat(H2FileMigration.migrateIfNeeded(data.resolve("mongo.mv"), data.resolve("mongo"), EmbeddedStore.SETTINGS, Set.of()))
                .isFalse();
        assertThat(Files.exists(data.resolve("mongo"))).isFalse();
    }

    private static void writeOldLayout(Path file) {
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            client.getDatabase("iaiar_keys").getCollection("person_keys").insertOne(new Document("_id", "person-1")
                    .append("key", "c2VjcmV0").append("createdAt", Date.from(Instant.parse("2026-01-01T00:00:00Z"))));
            MongoCollection<Document> files = client.getDatabase("iaiar").getCollection("case_files");
            files.createIndex(Indexes.ascending("personId"));
            files.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true).sparse(true));
            files.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 2_500; i++) {
                Document d = new Document("_id", "file-" + i).append("personId", "p" + (i % 10));
                if (i == 0) {
                    d.append("number", "N-1");
                }
                documents.add(d);
            }
            files.insertMany(documents);
        } finally {
            server.shutdownNow();
        }
    }
}
