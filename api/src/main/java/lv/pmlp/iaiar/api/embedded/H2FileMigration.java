package lv.pmlp.iaiar.api.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Carries a data directory written by mongo-java-server's own H2 backend (one {@code mongo.mv}) over to
 * {@link MvStoreBackend}: every database, collection, index and document, copied as raw BSON through the wire
 * protocol, so nothing is reinterpreted. The key store and the access log cannot be rebuilt from the log, which is
 * why this copies rather than starting empty. The old file is kept, renamed, until someone deletes it.
 */
public final class H2FileMigration {

    private static final Logger log = LoggerFactory.getLogger(H2FileMigration.class);
    private static final int CHUNK = 1_000;

    private H2FileMigration() {
    }

    /** Migrates {@code oldFile} into {@code directory} when the first exists and the second holds no store yet. */
    public static boolean migrateIfNeeded(Path oldFile, Path directory, MvStoreSettings settings, Set<String> durableDatabases)
            throws IOException {
        if (!Files.exists(oldFile) || Files.exists(directory.resolve(MvStoreBackend.READ_MODELS_FILE))) {
            return false;
        }
        Files.createDirectories(directory);
        Path partial = Files.createTempDirectory(directory, "migrating-");
        long documents = 0;
        MongoServer from = serve(new H2Backend(oldFile.toString()));
        try {
            MongoServer to = serve(MvStoreBackend.open(partial, settings, durableDatabases, Set.of()));
            try (MongoClient source = client(from); MongoClient target = client(to)) {
                for (String database : source.listDatabaseNames()) {
                    if (Set.of("admin", "local", "config").contains(database)) {
                        continue;
                    }
                    documents += copy(source.getDatabase(database), target.getDatabase(database));
                }
            } finally {
                to.shutdownNow();
            }
        } finally {
            from.shutdownNow();
        }
        // only a complete copy takes the store's place
        for (String file : List.of(MvStoreBackend.READ_MODELS_FILE, MvStoreBackend.DURABLE_FILE)) {
            Files.move(partial.resolve(file), directory.resolve(file), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.delete(partial);
        Path kept = oldFile.resolveSibling(oldFile.getFileName() + ".migrated");
        Files.move(oldFile, kept, StandardCopyOption.REPLACE_EXISTING);
        log.info("Copied {} documents from {} into {}; the old file is kept as {}", documents, oldFile, directory, kept);
        return true;
    }

    private static long copy(MongoDatabase source, MongoDatabase target) {
        long copied = 0;
        for (String name : source.listCollectionNames()) {
            if (name.startsWith("system.")) {
                continue;
            }
            MongoCollection<RawBsonDocument> from = source.getCollection(name, RawBsonDocument.class);
            MongoCollection<RawBsonDocument> to = target.getCollection(name, RawBsonDocument.class);
            target.createCollection(name);
            for (Document index : source.getCollection(name).listIndexes()) {
                if ("_id_".equals(index.getString("name"))) {
                    continue;
                }
                IndexOptions options = new IndexOptions().name(index.getString("name"))
                        .unique(Boolean.TRUE.equals(index.get("unique"))).sparse(Boolean.TRUE.equals(index.get("sparse")));
                if (index.get("expireAfterSeconds") instanceof Number seconds) {
                    options.expireAfter(seconds.longValue(), TimeUnit.SECONDS);
                }
                to.createIndex(index.get("key", Document.class), options);
            }
            List<RawBsonDocument> chunk = new ArrayList<>(CHUNK);
            for (RawBsonDocument document : from.find().batchSize(CHUNK)) {
                chunk.add(document);
                if (chunk.size() == CHUNK) {
                    to.insertMany(chunk, new InsertManyOptions().ordered(true));
                    copied += chunk.size();
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                to.insertMany(chunk, new InsertManyOptions().ordered(true));
                copied += chunk.size();
            }
        }
        return copied;
    }

    private static MongoServer serve(MongoBackend backend) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        return server;
    }

    private static MongoClient client(MongoServer server) {
        InetSocketAddress address = server.getLocalAddress();
        return MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }
}
