package lv.pmlp.iaiar.api.web;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.api.config.RegisterProperties;

/**
 * Remembers requests sent with an {@code Idempotency-Key}: first a claim, then the response. A repeat gets the
 * stored response; a repeat with a different body is refused. The claim is a unique insert, so two copies of
 * one request racing each other cannot both run.
 */
@Component
class IdempotencyStore {

    static final String COLLECTION = "idempotency_keys";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final RegisterProperties.Idempotency settings;

    IdempotencyStore(MongoTemplate mongo, Clock clock, RegisterProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.settings = properties.idempotency();
        mongo.indexOps(COLLECTION).ensureIndex(new Index().on("expiresAt", org.springframework.data.domain.Sort.Direction.ASC)
                .expire(0, TimeUnit.SECONDS));
    }

    record StoredResponse(int status, String body, String location, String etag) {
    }

    record Entry(@Id String id, String fingerprint, boolean completed, Instant claimedAt, Instant expiresAt,
                 StoredResponse response) {
    }

    sealed interface Claim permits Claimed, Replay, InProgress, Mismatch {
    }

    record Claimed(String id) implements Claim {
    }

    record Replay(StoredResponse response) implements Claim {
    }

    record InProgress() implements Claim {
    }

    record Mismatch() implements Claim {
    }

    Claim claim(String user, String key, String fingerprint) {
        String id = user + "\u0000" + key;
        Instant now = clock.instant();
        try {
            mongo.insert(new Entry(id, fingerprint, false, now, now.plus(settings.retention()), null), COLLECTION);
            return new Claimed(id);
        } catch (DuplicateKeyException taken) {
            Entry existing = mongo.findById(id, Entry.class, COLLECTION);
            if (existing == null) {
                return claim(user, key, fingerprint);
            }
            if (!existing.fingerprint().equals(fingerprint)) {
                return new Mismatch();
            }
            if (existing.completed()) {
                return new Replay(existing.response());
            }
            if (existing.claimedAt().plus(settings.staleAfter()).isBefore(now) && takeOver(existing, now)) {
                return new Claimed(id);
            }
            return new InProgress();
        }
    }

    /** A claim left behind by a process that died mid-request is taken over, once, by the next copy. */
    private boolean takeOver(Entry stale, Instant now) {
        Query query = Query.query(where("_id").is(stale.id()).and("completed").is(false).and("claimedAt").is(stale.claimedAt()));
        return mongo.updateFirst(query, Update.update("claimedAt", now), COLLECTION).getModifiedCount() == 1;
    }

    void complete(String id, StoredResponse response) {
        mongo.updateFirst(Query.query(where("_id").is(id)),
                Update.update("completed", true).set("response", response), COLLECTION);
    }

    /** Forgets a claim whose request failed for a reason a retry may not meet again (an internal error). */
    void release(String id) {
        mongo.remove(Query.query(where("_id").is(id).and("completed").is(false)), COLLECTION);
    }
}
