package lv.pmlp.iaiar.api.privacy;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Keys in memory, for tests that exercise the serializer without a key database. */
public class InMemoryPersonKeys implements PersonKeys {

    private final Map<String, SecretKey> keys = new ConcurrentHashMap<>();
    private final Set<String> destroyed = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();

    @Override
    public SecretKey keyFor(String personId) {
        if (destroyed.contains(personId)) {
            throw new MongoPersonKeys.PersonErasedException(personId);
        }
        return keys.computeIfAbsent(personId, id -> {
            byte[] material = new byte[32];
            random.nextBytes(material);
            return new SecretKeySpec(material, "AES");
        });
    }

    @Override
    public Optional<SecretKey> existingKey(String personId) {
        return Optional.ofNullable(keys.get(personId));
    }

    @Override
    public void destroy(String personId) {
        destroyed.add(personId);
        keys.remove(personId);
    }

    @Override
    public boolean isDestroyed(String personId) {
        return destroyed.contains(personId);
    }
}
