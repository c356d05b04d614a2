package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import lv.pmlp.iaiar.projections.ReadModelCollections;

/**
 * The documents of read-model collections as a rebuild must reproduce them: sorted by id, without the bookkeeping
 * fields {@link ReadModelCollections} names (which depend on how the events were batched).
 */
final class ReadModelDocuments {

    private ReadModelDocuments() {
    }

    static Map<String, List<Document>> of(MongoTemplate mongo, List<ReadModelCollections.Stored> collections) {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        for (ReadModelCollections.Stored collection : collections) {
            List<Document> documents = mongo.getCollection(collection.name()).find().sort(new Document("_id", 1))
                    .into(new ArrayList<>());
            documents.forEach(d -> d.keySet().removeAll(collection.bookkeeping()));
            all.put(collection.name(), documents);
        }
        return all;
    }

    /** Collection by collection, document by document, so a difference names where it is. */
    static void assertSame(Map<String, List<Document>> actual, Map<String, List<Document>> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String collection : expected.keySet()) {
            List<Document> now = actual.get(collection);
            List<Document> before = expected.get(collection);
            assertThat(now).as(collection + " size").hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                assertThat(now.get(i)).as(collection + " " + before.get(i).get("_id")).isEqualTo(before.get(i));
            }
        }
    }
}
