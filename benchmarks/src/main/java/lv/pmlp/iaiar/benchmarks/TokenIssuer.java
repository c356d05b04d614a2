package lv.pmlp.iaiar.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in identity provider: signs the benchmark users' access tokens with a key of its own and publishes the
 * public key as a JWK set over HTTP, so the register runs its production authentication
 * ({@code register.security.jwt.*}: JWK set URI, issuer check, RegisterJwtConverter) exactly as behind Keycloak.
 * Tokens carry the same claims as the development users (institution, unit, one register role).
 */
final class TokenIssuer implements AutoCloseable {

    static final String ISSUER = "https://benchmark.invalid/realms/iaiar";

    /** The users the load driver acts as: institution, unit, role (as in the development users). */
    private static final Map<String, List<String>> USERS = Map.of(
            "vrs.officer", List.of("VRS", "VRS-DAUGAVPILS", "OFFICER"),
            "pmlp.officer", List.of("PMLP", "PMLP-RIGA-PSKN", "OFFICER"),
            "auditor", List.of("PMLP", "PMLP-IKN", "AUDITOR"),
            "analyst", List.of("PMLP", "PMLP-ANALYTICS", "ANALYST"),
            "administrator", List.of("PMLP", "PMLP-IT", "ADMINISTRATOR"));

    private final RSAKey key;
    private final HttpServer server;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    TokenIssuer() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("benchmark").generate();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        server.start();
    }

    String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/certs";
    }

    /** A bearer token for the user, valid for longer than any run; signed once per user, as a client caches it. */
    String token(String user) {
        return tokens.computeIfAbsent(user, this::sign);
    }

    private String sign(String user) {
        List<String> claims = USERS.get(user);
        if (claims == null) {
            throw new IllegalArgumentException("no benchmark user " + user);
        }
        Instant now = Instant.now();
        JWTClaimsSet set = new JWTClaimsSet.Builder().issuer(ISSUER).subject(user).claim("preferred_username", user)
                .claim("institution", claims.get(0)).claim("unit", claims.get(1)).claim("roles", List.of(claims.get(2)))
                .issueTime(Date.from(now.minusSeconds(60))).expirationTime(Date.from(now.plus(Duration.ofHours(12)))).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), set);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
