package lv.pmlp.iaiar.api.privacy;

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
}
