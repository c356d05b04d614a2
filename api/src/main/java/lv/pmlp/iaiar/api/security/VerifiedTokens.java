package lv.pmlp.iaiar.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A {@link JwtDecoder} that remembers the tokens whose signature it has verified. A client sends the same bearer token
 * with every request until it expires, and verifying it again each time dominated the request threads' CPU in the
 * command benchmark (Nimbus decodes the JWK's modulus and the token in constant-time Base64 for every request).
 * <p>
 * A remembered token is still validated on every use (expiry, not-before, issuer), so it stops being accepted the
 * moment it expires. It is verified again after {@code maxAge}, the same time Nimbus keeps the identity provider's
 * key set, so a key the provider withdraws stops counting here no later than it would without this cache. Tokens
 * that fail are never remembered. At most {@code capacity} tokens are kept, the least recently used dropped first.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    private final int capacity;
    private final Duration maxAge;
    private final Clock clock;
    private final LinkedHashMap<String, Verified> verified;

    private record Verified(Jwt jwt, Instant at) {
    }

    /**
     * @param verifier  checks the signature and validates the claims (Nimbus with {@code validator})
     * @param validator what is checked again on every use of a remembered token
     */
    VerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, int capacity, Duration maxAge, Clock clock) {
        this.verifier = verifier;
        this.validator = validator;
        this.capacity = capacity;
        this.maxAge = maxAge;
        this.clock = clock;
        this.verified = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
                return size() > VerifiedTokens.this.capacity;
            }
        };
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Verified known;
        synchronized (verified) {
            known = verified.get(token);
        }
        if (known != null && now.isBefore(known.at().plus(maxAge))) {
            OAuth2TokenValidatorResult result = validator.validate(known.jwt());
            if (!result.hasErrors()) {
                return known.jwt();
            }
        }
        synchronized (verified) {
            verified.remove(token);
        }
        // refuses a token that no longer holds with the verifier's own error
        Jwt jwt = verifier.decode(token);
        synchronized (verified) {
            verified.put(token, new Verified(jwt, now));
        }
        return jwt;
    }
}
