package lv.pmlp.iaiar.api.embedded;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;

/**
 * A mongo-java-server backend on H2 MVStore with BSON-encoded pages ({@link BsonPages}) and real secondary
 * indexes ({@link MvStoreSecondaryIndex}), built from the parts of mongo-java-server's H2 backend (BSD licence).
 * Databases that cannot be rebuilt from the log (the personal-data keys, the access log) live in a file of their own
 * that commits every 100 ms (as MongoDB's journal does), and writes to the {@code synced} ones among them (the keys:
 * a lost key makes its events unreadable) are on disk before they are acknowledged. All other databases (read
 * models, tracking tokens) live in a file that commits about every second; after a crash they resume from tokens
 * saved with them.
 */
public final class MvStoreBackend extends AbstractMongoBackend {

    private static final Logger log = LoggerFactory.getLogger(MvStoreBackend.class);

    private final MvStoreFile main;
    private final MvStoreFile durable;
    private final Set<String> durableDatabases;
    private final Set<String> syncedDatabases;

    private MvStoreBackend(MvStoreFile main, MvStoreFile durable, Set<String> durableDatabases, Set<String> syncedDatabases) {
        super(defaultClock());
        this.main = main;
        this.durable = durable;
        this.durableDatabases = Set.copyOf(durableDatabases);
        this.syncedDatabases = Set.copyOf(syncedDatabases);
        if (!this.durableDatabases.containsAll(this.syncedDatabases)) {
            throw new IllegalArgumentException("synced databases must be durable: " + syncedDatabases);
        }
        Set<String> existing = new TreeSet<>(main.databaseNames());
        existing.addAll(durable.databaseNames());
        existing.forEach(this::resolveDatabase);
    }

    /** Both files in {@code directory}: {@code readmodels.mv} and {@code durable.mv}. */
    public static MvStoreBackend open(Path directory, MvStoreSettings settings, Set<String> durableDatabases,
                                      Set<String> syncedDatabases) {
        try {
            java.nio.file.Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        MvStoreFile main = MvStoreFile.open(directory.resolve(READ_MODELS_FILE), settings, false);
        MvStoreFile durable;
        try {
            durable = MvStoreFile.open(directory.resolve(DURABLE_FILE), settings, true);
        } catch (RuntimeException e) {
            main.close();
            throw e;
        }
        log.info("Embedded MongoDB keeps its data in {} ({} in {}, {} synced on every write)", directory, durableDatabases,
                DURABLE_FILE, syncedDatabases);
        return new MvStoreBackend(main, durable, durableDatabases, syncedDatabases);
    }

    public static final String READ_MODELS_FILE = "readmodels.mv";
    public static final String DURABLE_FILE = "durable.mv";

    /** Everything in memory, as the tests run; the same code paths (BSON aside, which only files use). */
    public static MvStoreBackend inMemory() {
        return new MvStoreBackend(MvStoreFile.inMemory(), MvStoreFile.inMemory(), Set.of(), Set.of());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new MvStoreDatabase(databaseName, durableDatabases.contains(databaseName) ? durable : main,
                syncedDatabases.contains(databaseName), getCursorRegistry());
    }

    @Override
    public void close() {
        try {
            super.close();
        } finally {
            try {
                main.close();
            } finally {
                durable.close();
            }
        }
    }
}
