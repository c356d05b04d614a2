package lv.pmlp.iaiar.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

class VerifiedTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T08:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(ISSUED);
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    private final List<String> verifiedByTheProvidersKey = new ArrayList<>();
    private final JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);

    VerifiedTokensTest() {
        timestamps.setClock(clock);
    }

    /** Stands in for Nimbus: "good-*" tokens verify, valid for ten minutes; anything else is refused. */
    private final JwtDecoder verifier = token -> {
        verifiedByTheProvidersKey.add(token);
        if (!token.startsWith("good")) {
            throw new BadJwtException("signature does not verify");
        }
        Jwt jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("vrs.officer")
                .issuedAt(ISSUED).expiresAt(ISSUED.plus(Duration.ofMinutes(10))).build();
        if (timestamps.validate(jwt).hasErrors()) {
            throw new BadJwtException("expired");
        }
        return jwt;
    };

    private final VerifiedTokens tokens = new VerifiedTokens(verifier, timestamps, 2, Duration.ofMinutes(5), clock);

    @Test
    void aTokenUsedAgainIsNotVerifiedAgain() {
        Jwt first = tokens.decode("good-1");
        Jwt again = tokens.decode("good-1");

        assertThat(again).isSameAs(first);
        assertThat(verifiedByTheProvidersKey).containsExactly("good-1");
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() {
        tokens.decode("good-1");
        now.set(ISSUED.plus(Duration.ofMinutes(4)));
        tokens.decode("good-1");

        now.set(ISSUED.plus(Duration.ofMinutes(11)));

        assertThatThrownBy(() -> tokens.decode("good-1")).isInstanceOf(BadJwtException.class).hasMessage("expired");
    }

    @Test
    void aTokenIsVerifiedAgainAsOftenAsTheKeySetIsFetchedAgain() {
        tokens.decode("good-1");

        now.set(ISSUED.plus(Duration.ofMinutes(6)));
        tokens.decode("good-1");

        assertThat(verifiedByTheProvidersKey).containsExactly("good-1", "good-1");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifiedByTheProvidersKey).containsExactly("forged", "forged");
    }

    @Test
    void theLeastRecentlyUsedTokenMakesRoom() {
        tokens.decode("good-1");
        tokens.decode("good-2");
        tokens.decode("good-1");

        tokens.decode("good-3");
        tokens.decode("good-1");
        tokens.decode("good-2");

        assertThat(verifiedByTheProvidersKey).containsExactly("good-1", "good-2", "good-3", "good-2");
    }
}
