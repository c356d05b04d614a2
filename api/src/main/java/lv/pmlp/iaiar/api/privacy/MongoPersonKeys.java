package lv.pmlp.iaiar.api.privacy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Keys in their own MongoDB database, apart from the event store and the read models. A destroyed key leaves
 * a tombstone (no key material), so a late event for that person cannot silently get a fresh key.
 */
public class MongoPersonKeys implements PersonKeys {

    static final String COLLECTION = "person_keys";
    private static final int CACHE_SIZE = 10_000;

    private final MongoTemplate keys;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SecretKey> eldest) {
            return size() > CACHE_SIZE;
        }
    });

    public MongoPersonKeys(MongoTemplate keys) {
        this.keys = keys;
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
        SecretKey cached = cache.get(personId);
        if (cached != null) {
            return cached;
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
        if (entry.key() == null) {
            throw new PersonErasedException(personId);
        }
        SecretKey key = new SecretKeySpec(Base64.getDecoder().decode(entry.key()), "AES");
        cache.put(personId, key);
        return key;
    }

    @Override
    public Optional<SecretKey> existingKey(String personId) {
        SecretKey cached = cache.get(personId);
        if (cached != null) {
            return Optional.of(cached);
        }
        KeyEntry entry = keys.findById(personId, KeyEntry.class, COLLECTION);
        if (entry == null || entry.key() == null) {
            return Optional.empty();
        }
        SecretKey key = new SecretKeySpec(Base64.getDecoder().decode(entry.key()), "AES");
        cache.put(personId, key);
        return Optional.of(key);
    }

    @Override
    public void destroy(String personId) {
        keys.save(new KeyEntry(personId, null, null, Instant.now()), COLLECTION);
        cache.remove(personId);
    }

    @Override
    public boolean isDestroyed(String personId) {
        KeyEntry entry = keys.findById(personId, KeyEntry.class, COLLECTION);
        return entry != null && entry.key() == null;
    }
}
