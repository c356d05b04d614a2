package lv.pmlp.iaiar.api.privacy;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keys in their own MongoDB database, apart from the event store and the read models. A destroyed key leaves
 * a tombstone (no key material), so a late event for that person cannot silently get a fresh key.
 * <p>
 * Recently used keys are cached (at most {@code cacheSize}, least recently used first out; about 210 bytes each on a
 * 64-bit JVM with compressed pointers), and so are destroyed ones, as destroyed: destruction is final. A key is
 * never cached once destroyed: {@link #destroy} counts destructions, and a key read from the store before a
 * destruction that ran while it was being read is not cached (it may be the destroyed one), only returned.
 * <p>
 * Another node's destruction is not seen by this one's cache, so a live key is cached for at most {@code cacheTtl}
 * and then read again: after an erasure no node decrypts the person's events for longer than that.
 */
public class MongoPersonKeys implements PersonKeys {

    static final String COLLECTION = "person_keys";
    /** Persons per {@code $in} query of {@link #prefetch}. */
    private static final int IDS_PER_QUERY = 1_000;
    /** Cached for a person whose key was destroyed; never handed out. */
    private static final SecretKey DESTROYED = new SecretKeySpec(new byte[1], "DESTROYED");

    private final MongoTemplate keys;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache;
    private final long ttlMillis;
    private final Clock clock;
    /** How many keys this instance destroyed; read before a store read, compared again before caching its result. */
    private long destructions;

    public MongoPersonKeys(MongoTemplate keys, int cacheSize, Duration cacheTtl, Clock clock) {
        if (cacheSize < 1) {
            throw new IllegalArgumentException("register.key-store.cache-size must be at least 1, not " + cacheSize);
        }
        if (cacheTtl.isNegative() || cacheTtl.isZero()) {
            throw new IllegalArgumentException("register.key-store.cache-ttl must be positive, not " + cacheTtl);
        }
        this.keys = keys;
        this.ttlMillis = cacheTtl.toMillis();
        this.clock = clock;
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > cacheSize;
            }
        });
    }

    /** A cached key and until when it may be served ({@link Long#MAX_VALUE} for a destroyed one). */
    private record Cached(SecretKey key, long until) {
    }

    /** The cached key, {@link #DESTROYED}, or null when not cached or cached too long ago. */
    private SecretKey cached(String personId) {
        Cached cached = cache.get(personId);
        return cached == null || cached.until() < clock.millis() ? null : cached.key();
    }

    record KeyEntry(@Id String personId, String key, Instant createdAt, Instant destroyedAt) {
    }

    /** Thrown when data would be encrypted for a person already erased. */
    public static class PersonErasedException extends IllegalStateException {
        PersonErasedException(String personId) {
            super("Person " + personId + " was erased; no new personal data can be recorded for them");
        }
    }

    @Override
    public SecretKey keyFor(String personId) {
        SecretKey cached = cached(personId);
        if (cached == DESTROYED) {
            throw new PersonErasedException(personId);
        }
        if (cached != null) {
            return cached;
        }
        long destroyedBefore = destructions();
        if (cache.containsKey(personId)) {
            // cached longer than the TTL: the key exists, so read it rather than try (and fail) to create one
            KeyEntry stored = keys.findById(personId, KeyEntry.class, COLLECTION);
            if (stored != null) {
                return liveKey(remember(stored, destroyedBefore), personId);
            }
        }
        // A key is asked for when a person's personal data is first written, so try to create it first: one round
        // trip for a new person. The unique id refuses the insert when a key (or a tombstone) already exists.
        byte[] material = new byte[32];
        random.nextBytes(material);
        KeyEntry entry = new KeyEntry(personId, Base64.getEncoder().encodeToString(material), Instant.now(), null);
        try {
            keys.insert(entry, COLLECTION);
        } catch (DuplicateKeyException exists) {
            entry = keys.findById(personId, KeyEntry.class, COLLECTION);
        }
        if (entry == null) {
            // destroyed and removed between the two calls cannot happen (tombstones stay); read it again to be sure
            return keyFor(personId);
        }
        return liveKey(remember(entry, destroyedBefore), personId);
    }

    private static SecretKey liveKey(SecretKey key, String personId) {
        if (key == DESTROYED) {
            throw new PersonErasedException(personId);
        }
        return key;
    }

    @Override
    public Optional<SecretKey> existingKey(String personId) {
        SecretKey cached = cached(personId);
        if (cached != null) {
            return cached == DESTROYED ? Optional.empty() : Optional.of(cached);
        }
        long destroyedBefore = destructions();
        KeyEntry entry = keys.findById(personId, KeyEntry.class, COLLECTION);
        if (entry == null) {
            return Optional.empty();
        }
        SecretKey key = remember(entry, destroyedBefore);
        return key == DESTROYED ? Optional.empty() : Optional.of(key);
    }

    /** Reads the keys of these persons that are not cached with one query per thousand, and caches them. */
    @Override
    public void prefetch(Collection<String> personIds) {
        Set<String> missing = new LinkedHashSet<>();
        for (String personId : personIds) {
            if (cached(personId) == null) {
                missing.add(personId);
            }
        }
        List<String> all = new ArrayList<>(missing);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
            long destroyedBefore = destructions();
            for (KeyEntry entry : keys.find(Query.query(where("_id").in(chunk)), KeyEntry.class, COLLECTION)) {
                remember(entry, destroyedBefore);
            }
        }
    }

    @Override
    public void destroy(String personId) {
        keys.save(new KeyEntry(personId, null, null, Instant.now()), COLLECTION);
        synchronized (cache) {
            destructions++;
            cache.put(personId, new Cached(DESTROYED, Long.MAX_VALUE));
        }
    }

    @Override
    public boolean isDestroyed(String personId) {
        if (cached(personId) == DESTROYED) {
            return true;
        }
        KeyEntry entry = keys.findById(personId, KeyEntry.class, COLLECTION);
        return entry != null && entry.key() == null;
    }

    private long destructions() {
        synchronized (cache) {
            return destructions;
        }
    }

    /**
     * The key of an entry read from the store ({@link #DESTROYED} for a tombstone), cached unless a key was destroyed
     * since {@code destroyedBefore} was read: the entry may then be the state before that destruction. A tombstone is
     * always cached, destruction being final.
     */
    private SecretKey remember(KeyEntry entry, long destroyedBefore) {
        SecretKey key = entry.key() == null ? DESTROYED : new SecretKeySpec(Base64.getDecoder().decode(entry.key()), "AES");
        synchronized (cache) {
            if (key == DESTROYED || destructions == destroyedBefore) {
                Cached cached = cache.get(entry.personId());
                if (cached == null || cached.key() != DESTROYED) {
                    cache.put(entry.personId(), new Cached(key, key == DESTROYED ? Long.MAX_VALUE : clock.millis() + ttlMillis));
                }
            }
        }
        return key;
    }
}
