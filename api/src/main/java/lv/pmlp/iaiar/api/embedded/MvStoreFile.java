package lv.pmlp.iaiar.api.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;

/**
 * One MVStore (a file, or memory) holding some of the server's databases. Its maps use {@link BsonPages}; a marker
 * map records that layout, so a file of mongo-java-server's own H2 backend is never read as if it were ours.
 *
 * A durable file commits in the background every {@value #DURABLE_COMMIT_DELAY_MS} ms, others about once a second;
 * {@link #commitAndSync} makes a write durable before it is acknowledged.
 */
final class MvStoreFile implements AutoCloseable {

    static final String LAYOUT_MAP = "iaiar.layout";
    /** The layout of files created now; see {@link BsonPages.ValueType}. */
    static final String LAYOUT = "bson-2";
    /** The first layout (values as BSON documents): files made with it are still read and written in it. */
    static final String LAYOUT_BSON_HOLDERS = "bson-1";
    static final int DURABLE_COMMIT_DELAY_MS = 100;

    private final MVStore store;
    private final String layout;
    private final BsonPages.ValueType values;

    private MvStoreFile(MVStore store, boolean durable, String newLayout) {
        this.store = store;
        if (durable) {
            store.setAutoCommitDelay(DURABLE_COMMIT_DELAY_MS);
        }
        MVMap<String, String> marker = store.openMap(LAYOUT_MAP);
        String found = marker.putIfAbsent("layout", newLayout);
        this.layout = found == null ? newLayout : found;
        if (layout.equals(LAYOUT)) {
            values = BsonPages.ValueType.COMPACT;
        } else if (layout.equals(LAYOUT_BSON_HOLDERS)) {
            values = BsonPages.ValueType.BSON_HOLDERS;
        } else {
            store.closeImmediately();
            throw new IllegalStateException("Unknown layout " + layout + " in " + store.getFileStore().getFileName());
        }
    }

    /** Opens or creates a file; refuses a file that has maps but not our layout marker (e.g. an H2-backend file). */
    static MvStoreFile open(Path path, MvStoreSettings settings, boolean durable) {
        return open(path, settings, durable, LAYOUT);
    }

    /** As {@link #open(Path, MvStoreSettings, boolean)}; a new file gets {@code newLayout} (tests make old files). */
    static MvStoreFile open(Path path, MvStoreSettings settings, boolean durable, String newLayout) {
        MVStore.Builder builder = new MVStore.Builder().fileName(path.toString()).cacheSize(settings.cacheSizeMb())
                .autoCommitBufferSize(settings.autoCommitBufferKb()).autoCompactFillRate(settings.autoCompactFillRate());
        if (settings.compress()) {
            builder.compress();
        }
        MVStore store = builder.open();
        Set<String> maps = store.getMapNames();
        if (!maps.isEmpty() && !maps.contains(LAYOUT_MAP)) {
            store.closeImmediately();
            throw new IllegalStateException(path + " is not in this store's layout (a mongo-java-server H2 file?)");
        }
        return new MvStoreFile(store, durable, newLayout);
    }

    static MvStoreFile inMemory() {
        return new MvStoreFile(new MVStore.Builder().open(), false, LAYOUT);
    }

    /** The layout this file's pages are in. */
    String layout() {
        return layout;
    }

    /** The names of the databases that have collections in this file. */
    Set<String> databaseNames() {
        return store.getMapNames().stream().filter(name -> name.startsWith(MvStoreDatabase.DATABASES_PREFIX))
                .map(name -> Utils.firstFragment(name.substring(MvStoreDatabase.DATABASES_PREFIX.length())))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    MVMap<Object, Document> documents(String name) {
        return store.openMap(name, new MVMap.Builder<Object, Document>().keyType(values)
                .valueType(BsonPages.DocumentType.INSTANCE));
    }

    MVMap<Object, Object> values(String name) {
        return store.openMap(name, new MVMap.Builder<Object, Object>().keyType(values).valueType(values));
    }

    /** Small per-collection bookkeeping of mongo-java-server (the data size); Java serialisation is fine there. */
    MVMap<String, Object> meta(String name) {
        return store.openMap(name);
    }

    void remove(String name) {
        if (store.hasMap(name)) {
            store.removeMap(name);
        }
    }

    void removeAll(Predicate<String> names) {
        List<String> matching = store.getMapNames().stream().filter(names).toList();
        matching.forEach(this::remove);
    }

    void rename(String from, String to) {
        if (store.hasMap(from)) {
            store.renameMap(store.openMap(from), to);
        }
    }

    /** The MVStore itself, for tests that check how it was opened. */
    MVStore mvStore() {
        return store;
    }

    long size() {
        return store.getFileStore() == null ? 0 : store.getFileStore().size();
    }

    /** Group commit: a writer whose change another writer's commit already covered does not sync again. */
    synchronized void commitAndSync() {
        if (store.getFileStore() != null && store.hasUnsavedChanges()) {
            store.commit();
            store.sync();
        }
    }

    @Override
    public void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }
}
