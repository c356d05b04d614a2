package lv.pmlp.iaiar.api.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

class TtlSweepTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void documentsPastTheirTtlAreRemovedAndTheOthersKept() {
        try (EmbeddedStore store = EmbeddedStore.memory()) {
            MongoCollection<Document> keys = store.client.getDatabase("iaiar").getCollection("idempotency_keys");
            keys.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
            keys.insertOne(new Document("_id", "expired").append("expiresAt", Date.from(NOW.minusSeconds(1))));
            keys.insertOne(new Document("_id", "current").append("expiresAt", Date.from(NOW.plusSeconds(1))));
            keys.insertOne(new Document("_id", "no date"));

            assertThat(new TtlSweep(store.client).sweep(NOW)).isEqualTo(1);

            assertThat(keys.find().map(d -> d.get("_id")).into(new ArrayList<>())).containsExactlyInAnyOrder("current", "no date");
        }
    }

    @Test
    void anIndexsExpireAfterSecondsIsAddedToTheIndexedDate() {
        try (EmbeddedStore store = EmbeddedStore.memory()) {
            MongoCollection<Document> log = store.client.getDatabase("db").getCollection("sessions");
            log.createIndex(Indexes.ascending("createdAt"), new IndexOptions().expireAfter(3600L, TimeUnit.SECONDS));
            log.insertOne(new Document("_id", "old").append("createdAt", Date.from(NOW.minusSeconds(3601))));
            log.insertOne(new Document("_id", "recent").append("createdAt", Date.from(NOW.minusSeconds(3599))));

            new TtlSweep(store.client).sweep(NOW);

            assertThat(log.find().map(d -> d.get("_id")).into(new ArrayList<>())).containsExactly("recent");
        }
    }

    @Test
    void collectionsWithoutATtlIndexAreLeftAlone() {
        try (EmbeddedStore store = EmbeddedStore.memory()) {
            MongoCollection<Document> files = store.client.getDatabase("db").getCollection("case_files");
            files.createIndex(Indexes.ascending("expiresAt"));
            files.insertOne(new Document("_id", "p").append("expiresAt", Date.from(NOW.minusSeconds(100))));

            assertThat(new TtlSweep(store.client).sweep(NOW)).isZero();
            assertThat(files.countDocuments()).isEqualTo(1);
        }
    }
}
