package lv.pmlp.iaiar.api.embedded;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;

/**
 * One database in one {@link MvStoreFile}: a map of documents per collection, a map per index. In a synced database
 * a command that writes answers only after the file has been committed and synced.
 */
final class MvStoreDatabase extends AbstractSynchronizedMongoDatabase<Object> {

    static final String DATABASES_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropindexes");

    private final MvStoreFile file;
    private final boolean synced;

    MvStoreDatabase(String databaseName, MvStoreFile file, boolean synced, CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry);
        this.file = file;
        this.synced = synced;
        initializeNamespacesAndIndexes();
    }

    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databaseResolver,
                                  Oplog oplog) {
        Document response = super.handleCommand(channel, command, query, databaseResolver, oplog);
        if (synced && WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            file.commitAndSync();
        }
        return response;
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String name = getFullCollectionNamespace(collectionName);
        return new MvStoreCollection(this, collectionName, options, documents(name), meta(name), cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new MvStoreUniqueIndex(file.values(indexMapName(collectionName, indexName)), indexName, keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new MvStoreSecondaryIndex(file.values(indexMapName(collectionName, indexName)), indexName, keys, sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        file.remove(indexMapName(collection.getCollectionName(), indexName));
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        file.removeAll(name -> name.startsWith(databaseName + ".") || name.startsWith(DATABASES_PREFIX + databaseName + ".")
                || name.startsWith(META_PREFIX + databaseName + "."));
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        String name = getFullCollectionNamespace(collectionName);
        file.remove(DATABASES_PREFIX + name);
        file.remove(META_PREFIX + name);
        file.removeAll(map -> map.startsWith(name + "._index_"));
    }

    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        super.moveCollection(oldDatabase, collection, newCollectionName);
        String from = collection.getFullName();
        String to = getFullCollectionNamespace(newCollectionName);
        file.rename(DATABASES_PREFIX + from, DATABASES_PREFIX + to);
        file.rename(META_PREFIX + from, META_PREFIX + to);
    }

    @Override
    protected long getStorageSize() {
        return file.size();
    }

    @Override
    protected long getFileSize() {
        return file.size();
    }

    private MVMap<Object, Document> documents(String collection) {
        return file.documents(DATABASES_PREFIX + collection);
    }

    private MVMap<String, Object> meta(String collection) {
        return file.meta(META_PREFIX + collection);
    }

    private String indexMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
    }
}
