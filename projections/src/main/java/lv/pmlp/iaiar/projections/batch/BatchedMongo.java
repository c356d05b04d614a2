package lv.pmlp.iaiar.projections.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.bson.Document;
import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;

/**
 * A projection's MongoDB writes, buffered for the current event batch ({@link EventBatch}): whole documents saved
 * by id and deletions by id. Reads by id see the batch's own writes first, so an event that loads, changes and saves
 * a document sees what the previous event of the batch saved. At the batch's end each collection gets one unordered
 * bulk write of idempotent upserts (last write per id wins). Operations on many documents at once go through
 * {@link #now}, which first sends what is pending, so their order with the buffered writes stays as handled.
 */
public final class BatchedMongo {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    /** Stands for a document deleted in this batch. */
    private static final Object DELETED = new Object();

    private final MongoTemplate mongo;

    public BatchedMongo(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public MongoTemplate template() {
        return mongo;
    }

    /** The document as this batch left it, else as stored. */
    public <T> T findById(Object id, Class<T> type, String collection) {
        Pending pending = pending();
        if (pending != null) {
            Map<Object, Object> documents = pending.collections.get(collection);
            if (documents != null && documents.containsKey(id)) {
                Object document = documents.get(id);
                return document == DELETED ? null : type.cast(document);
            }
        }
        return mongo.findById(id, type, collection);
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

    public void removeById(Object id, String collection) {
        Pending pending = pending();
        if (pending == null) {
            mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                    org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)), collection);
            return;
        }
        pending.collections.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(id, DELETED);
    }

    /** Sends what this batch has pending, then runs {@code operation} on the store directly (e.g. an updateMulti). */
    public void now(Consumer<MongoTemplate> operation) {
        Pending pending = pending();
        if (pending != null) {
            pending.flush();
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

    /** One batch's writes: collection, then id, then the document (or {@link #DELETED}), in the order first written. */
    private final class Pending implements BatchedWrites {

        final Map<String, Map<Object, Object>> collections = new LinkedHashMap<>();

        @Override
        public void flush() {
            for (Map.Entry<String, Map<Object, Object>> collection : collections.entrySet()) {
                List<WriteModel<Document>> writes = new ArrayList<>(collection.getValue().size());
                for (Map.Entry<Object, Object> entry : collection.getValue().entrySet()) {
                    if (entry.getValue() == DELETED) {
                        writes.add(new DeleteOneModel<>(Filters.eq("_id", entry.getKey())));
                    } else {
                        // the same mapping MongoTemplate.save uses, type hint included
                        Document document = new Document();
                        mongo.getConverter().write(entry.getValue(), document);
                        writes.add(new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document, UPSERT));
                    }
                }
                if (!writes.isEmpty()) {
                    mongo.getCollection(collection.getKey()).bulkWrite(writes, UNORDERED);
                }
            }
            collections.clear();
        }
    }
}
