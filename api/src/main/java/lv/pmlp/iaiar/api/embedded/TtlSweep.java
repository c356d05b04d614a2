package lv.pmlp.iaiar.api.embedded;

import java.time.Instant;
import java.util.Date;
import java.util.Set;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/**
 * TTL indexes for the embedded store, which accepts them but never expires anything (MongoDB removes expired
 * documents about once a minute): deletes the documents whose indexed date lies more than the index's
 * {@code expireAfterSeconds} in the past.
 */
public final class TtlSweep {

    private static final Logger log = LoggerFactory.getLogger(TtlSweep.class);

    private final MongoClient client;

    public TtlSweep(MongoClient client) {
        this.client = client;
    }

    /** @return how many documents expired */
    public long sweep(Instant now) {
        long expired = 0;
        for (String databaseName : client.listDatabaseNames()) {
            if (Set.of("admin", "local", "config").contains(databaseName)) {
                continue;
            }
            MongoDatabase database = client.getDatabase(databaseName);
            for (String collectionName : database.listCollectionNames()) {
                MongoCollection<Document> collection = database.getCollection(collectionName);
                for (Document index : collection.listIndexes()) {
                    if (index.get("expireAfterSeconds") instanceof Number seconds) {
                        Document key = index.get("key", Document.class);
                        String field = key.keySet().iterator().next();
                        Date before = Date.from(now.minusSeconds(seconds.longValue()));
                        expired += collection.deleteMany(Filters.lt(field, before)).getDeletedCount();
                    }
                }
            }
        }
        if (expired > 0) {
            log.debug("{} documents expired", expired);
        }
        return expired;
    }
}
