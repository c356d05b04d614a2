package lv.pmlp.iaiar.projections.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;

/**
 * A projection's MongoDB writes, buffered for the current event batch ({@link EventBatch}): whole documents saved
 * by id and deletions by id. Reads by id see the batch's own writes first, so an event that loads, changes and saves
 * a document sees what the previous event of the batch saved. At the batch's end each collection gets one unordered
 * bulk write of idempotent upserts (last write per id wins). Operations on many documents at once go through
 * {@link #now}, which first sends what is pending, so their order with the buffered writes stays as handled.
 * <p>
 * Built with {@link BatchReads}, it also prefetches: at the batch's first read by id it asks which documents the
 * batch's remaining events will read and loads them with one {@code _id $in} query per collection, remembering the
 * absent ones too; every read of the batch is then served from memory (a document nobody named is read from the
 * store once and remembered), and a document it found missing is inserted at the batch's end rather than upserted. The store is read as of the batch's start, which is right because only this
 * projection writes its collections and the processor hands one person's events to one thread; its own writes in
 * the batch go through {@link #save}, {@link #removeById} and {@link #now} (which forgets what was loaded), never
 * through {@link #template()} directly.
 */
public final class BatchedMongo {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    /** Stands for a document deleted in this batch. */
    private static final Object DELETED = new Object();
    /** Stands for a document the prefetch (or an earlier read of this batch) found missing in the store. */
    private static final Object ABSENT = new Object();
    private static final int DUPLICATE_KEY = 11000;
    /** Ids per {@code $in} query: well under MongoDB's 16 MB command limit with any id. */
    private static final int IDS_PER_QUERY = 1_000;

    private final MongoTemplate mongo;
    private final BatchReads reads;

    public BatchedMongo(MongoTemplate mongo) {
        this(mongo, null);
    }

    /** With {@code reads}, each batch's reads by id are loaded at the batch's first read (see the class comment). */
    public BatchedMongo(MongoTemplate mongo, BatchReads reads) {
        this.mongo = mongo;
        this.reads = reads;
    }

    public MongoTemplate template() {
        return mongo;
    }

    /** The document as this batch left it, else as stored. */
    public <T> T findById(Object id, Class<T> type, String collection) {
        Pending pending = pending();
        if (pending == null) {
            return mongo.findById(id, type, collection);
        }
        Map<Object, Object> documents = pending.collections.get(collection);
        if (documents != null && documents.containsKey(id)) {
            Object document = documents.get(id);
            return document == DELETED ? null : type.cast(document);
        }
        if (reads == null) {
            return mongo.findById(id, type, collection);
        }
        if (!pending.prefetched) {
            pending.prefetch();
        }
        Map<Object, Object> known = pending.loaded.computeIfAbsent(collection, c -> new HashMap<>());
        Object document = known.get(id);
        if (document == null || (document != ABSENT && !type.isInstance(document))) {
            T stored = mongo.findById(id, type, collection);
            known.put(id, stored == null ? ABSENT : stored);
            return stored;
        }
        return document == ABSENT ? null : type.cast(document);
    }

    /** Inserts or replaces the whole document with its id. */
    public void save(Object document, String collection) {
        Pending pending = pending();
        if (pending == null) {
            mongo.save(document, collection);
            return;
        }
        pending.collections.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(idOf(document), document);
    }

    /**
     * Saves a document that should not exist yet, such as one entry per event: like {@link #save}, but sent as an
     * insert, which the store does faster than an upsert; if it exists after all (the event delivered again) it is
     * replaced, as {@link #save} would have done.
     */
    public void saveNew(Object document, String collection) {
        Pending pending = pending();
        if (pending == null) {
            mongo.save(document, collection);
            return;
        }
        Object id = idOf(document);
        pending.collections.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(id, document);
        pending.loaded.computeIfAbsent(collection, c -> new HashMap<>()).putIfAbsent(id, ABSENT);
    }

    public void removeById(Object id, String collection) {
        Pending pending = pending();
        if (pending == null) {
            mongo.remove(Query.query(Criteria.where("_id").is(id)), collection);
            return;
        }
        pending.collections.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(id, DELETED);
    }

    /** Sends what this batch has pending, then runs {@code operation} on the store directly (e.g. an updateMulti). */
    public void now(Consumer<MongoTemplate> operation) {
        Pending pending = pending();
        if (pending != null) {
            pending.flush();
            // the operation may change any document: what was loaded before it is read again after it
            pending.loaded.clear();
        }
        operation.accept(mongo);
    }

    private Pending pending() {
        return EventBatch.current(this, Pending.class, Pending::new);
    }

    private Object idOf(Object document) {
        MappingContext<? extends MongoPersistentEntity<?>, MongoPersistentProperty> context = mongo.getConverter().getMappingContext();
        return context.getRequiredPersistentEntity(document.getClass()).getIdentifierAccessor(document).getRequiredIdentifier();
    }

    /**
     * One unordered bulk write; inserts refused because the document exists after all (written meanwhile by someone
     * else: it was missing when this batch read it) are sent again as upserts, which is what they would have been.
     */
    private static void write(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        try {
            collection.bulkWrite(writes, UNORDERED);
        } catch (MongoBulkWriteException e) {
            List<WriteModel<Document>> again = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY || !(writes.get(error.getIndex()) instanceof InsertOneModel<Document> insert)) {
                    throw e;
                }
                Document document = insert.getDocument();
                again.add(new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document, UPSERT));
            }
            collection.bulkWrite(again, UNORDERED);
        }
    }

    /**
     * One batch's writes: collection, then id, then the document (or {@link #DELETED}), in the order first written;
     * and what the batch read from the store: collection, then id, then the document (or {@link #ABSENT}).
     */
    private final class Pending implements BatchedWrites {

        final Map<String, Map<Object, Object>> collections = new LinkedHashMap<>();
        final Map<String, Map<Object, Object>> loaded = new HashMap<>();
        boolean prefetched;

        /** Loads what the batch's remaining events will read and this batch has not written yet. */
        void prefetch() {
            prefetched = true;
            Map<String, Map<Class<?>, Set<Object>>> wanted = new LinkedHashMap<>();
            for (EventMessage<?> message : EventBatch.remainingMessages()) {
                reads.of(message, (collection, id, type) -> {
                    Map<Object, Object> written = collections.get(collection);
                    if (written == null || !written.containsKey(id)) {
                        wanted.computeIfAbsent(collection, c -> new LinkedHashMap<>())
                                .computeIfAbsent(type, t -> new LinkedHashSet<>()).add(id);
                    }
                });
            }
            wanted.forEach((collection, byType) -> byType.forEach((type, ids) -> load(collection, type, new ArrayList<>(ids))));
        }

        private void load(String collection, Class<?> type, List<Object> ids) {
            Map<Object, Object> known = loaded.computeIfAbsent(collection, c -> new HashMap<>());
            for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
                List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
                Query query = Query.query(Criteria.where("_id").in(chunk));
                for (Object document : mongo.find(query, type, collection)) {
                    known.put(idOf(document), document);
                }
                for (Object id : chunk) {
                    known.putIfAbsent(id, ABSENT);
                }
            }
        }

        @Override
        public void flush() {
            for (Map.Entry<String, Map<Object, Object>> collection : collections.entrySet()) {
                Map<Object, Object> known = loaded.getOrDefault(collection.getKey(), Map.of());
                List<WriteModel<Document>> writes = new ArrayList<>(collection.getValue().size());
                for (Map.Entry<Object, Object> entry : collection.getValue().entrySet()) {
                    boolean absent = known.get(entry.getKey()) == ABSENT;
                    if (entry.getValue() == DELETED) {
                        if (!absent) {
                            writes.add(new DeleteOneModel<>(Filters.eq("_id", entry.getKey())));
                        }
                    } else {
                        // the same mapping MongoTemplate.save uses, type hint included
                        Document document = new Document();
                        mongo.getConverter().write(entry.getValue(), document);
                        // a document this batch found missing is inserted, which the store does faster than an upsert
                        writes.add(absent ? new InsertOneModel<>(document)
                                : new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document, UPSERT));
                    }
                }
                if (!writes.isEmpty()) {
                    write(mongo.getCollection(collection.getKey()), writes);
                }
            }
            collections.clear();
        }
    }
}
