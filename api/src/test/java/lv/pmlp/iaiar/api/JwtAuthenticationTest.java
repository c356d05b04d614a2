package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.RegisterEvent;
import lv.pmlp.iaiar.events.Role;

/** Production authentication: bearer JWTs whose claims say who acts, for which institution, in which role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "register.security.development-users=false",
        "register.security.jwt.enabled=true",
        "register.security.jwt.issuer=https://idp.test/realms/iaiar",
        "register.security.jwt.jwk-set-uri=https://idp.test/realms/iaiar/certs"})
@ActiveProfiles("test")
@Import({TestClockConfig.class, RegisterClient.class, JwtAuthenticationTest.TestKeys.class})
class JwtAuthenticationTest {

    static final String ISSUER = "https://idp.test/realms/iaiar";
    static final RSAKey KEY = generate();
    static final RSAKey OTHER_KEY = generate();

    @TestConfiguration(proxyBeanMethods = false)
    static class TestKeys {
        @Bean
        @Primary
        JwtDecoder testDecoder() throws JOSEException {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
            return decoder;
        }
    }

    @Autowired
    RegisterClient api;
    @Autowired
    EventStore eventStore;

    @Test
    void theActorOfAnEventComesFromTheTokensClaims() {
        var created = post(token(KEY, ISSUER, "inga.berzina", "VRS", "VRS-RIGA", List.of("OFFICER", "offline_access"), 300));

        assertThat(created.status()).isEqualTo(201);
        var actor = ((RegisterEvent) eventStore.readEvents(created.id()).next().getPayload()).actor();
        assertThat(actor.userId()).isEqualTo("inga.berzina");
        assertThat(actor.institution()).isEqualTo(Institution.VRS);
        assertThat(actor.unit()).isEqualTo("VRS-RIGA");
        assertThat(actor.role()).isEqualTo(Role.OFFICER);
    }

    @Test
    void aKeycloakRealmRoleCountsAsTheRole() {
        String token = sign(KEY, new JWTClaimsSet.Builder().issuer(ISSUER).subject("x").claim("preferred_username", "auditor.1")
                .claim("institution", "PMLP").claim("realm_access", Map.of("roles", List.of("AUDITOR")))
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());

        assertThat(post(token).status()).isEqualTo(403);
        assertThat(api.getWith(null, "/api/v1/entry-bans/check?documentNumber=NOSUCH", bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertThat(post(token(KEY, ISSUER, "u", "VRS", "U", List.of("OFFICER"), -60)).status()).isEqualTo(401);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        assertThat(post(token(OTHER_KEY, ISSUER, "u", "VRS", "U", List.of("OFFICER"), 300)).status()).isEqualTo(401);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertThat(post(token(KEY, "https://elsewhere.test", "u", "VRS", "U", List.of("OFFICER"), 300)).status()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutAnInstitutionIsRefused() {
        assertThat(post(token(KEY, ISSUER, "u", null, "U", List.of("OFFICER"), 300)).status()).isEqualTo(401);
    }

    @Test
    void aTokenWithTwoRegisterRolesIsRefused() {
        assertThat(post(token(KEY, ISSUER, "u", "VRS", "U", List.of("OFFICER", "ADMINISTRATOR"), 300)).status()).isEqualTo(401);
    }

    @Test
    void theBearerSchemeIsAcceptedInLowerCase() {
        String token = token(KEY, ISSUER, "inga.berzina", "VRS", "VRS-RIGA", List.of("OFFICER"), 300);

        assertThat(api.post(null, "/api/v1/persons", Requests.russianMan(), Map.of("Authorization", "bearer " + token)).status())
                .isEqualTo(201);
    }

    @Test
    void aMalformedBearerHeaderIsRefusedWithoutRegistering() {
        long before = head();
        String token = token(KEY, ISSUER, "inga.berzina", "VRS", "VRS-RIGA", List.of("OFFICER"), 300);

        var response = api.post(null, "/api/v1/persons", Requests.russianMan(), Map.of("Authorization", "Bearer " + token + " x"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(head()).isEqualTo(before);
    }

    private long head() {
        var head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    @Test
    void developmentUsersDoNotExistHere() {
        assertThat(api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).status()).isEqualTo(401);
    }

    private RegisterClient.Response post(String token) {
        return api.post(null, "/api/v1/persons", Requests.russianMan(), bearer(token));
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static String token(RSAKey key, String issuer, String user, String institution, String unit, List<String> roles,
                                long validForSeconds) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject(user).claim("preferred_username", user)
                .claim("unit", unit).claim("roles", roles)
                .issueTime(Date.from(Instant.now().minusSeconds(120)))
                .expirationTime(Date.from(Instant.now().plusSeconds(validForSeconds)));
        if (institution != null) {
            claims.claim("institution", institution);
        }
        return sign(key, claims.build());
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("k" + System.nanoTime()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
