package lv.pmlp.iaiar.api.privacy;

import java.util.Collection;
import java.util.Optional;

import javax.crypto.SecretKey;

/** The per-person keys. A destroyed key is gone for good: nothing can recreate it. */
public interface PersonKeys {

    /** The person's key, created on first use; refused for a person whose key was destroyed. */
    SecretKey keyFor(String personId);

    /** The person's key if it exists; empty once destroyed. */
    Optional<SecretKey> existingKey(String personId);

    void destroy(String personId);

    boolean isDestroyed(String personId);

    /**
     * A hint that these persons' keys are about to be read (an event batch with their personal data): a store that
     * caches keys may load them now, together. Never creates a key; a destroyed key stays destroyed.
     */
    default void prefetch(Collection<String> personIds) {
    }
}
