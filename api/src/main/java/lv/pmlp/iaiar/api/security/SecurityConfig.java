package lv.pmlp.iaiar.api.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import lv.pmlp.iaiar.api.web.ProblemResponses;

/**
 * Who may call what. Production authenticates bearer JWTs from the identity provider
 * ({@code register.security.jwt.*}); the embedded default uses HTTP Basic against fixed development users, never
 * loaded in production. Routes are authorised by role here; the aggregates check institution and role again,
 * so a misconfigured route cannot bypass a rule.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** Distinct bearer tokens remembered as verified: more than the officers signed in at once. */
    private static final int VERIFIED_TOKENS = 1_000;
    /** How long Nimbus keeps the identity provider's key set before fetching it again (its default). */
    private static final Duration KEY_SET_LIFESPAN = Duration.ofMinutes(5);

    private static final String OFFICER = "OFFICER";
    private static final String SUPERVISOR = "SUPERVISOR";
    private static final String AUDITOR = "AUDITOR";
    private static final String ANALYST = "ANALYST";
    private static final String ADMINISTRATOR = "ADMINISTRATOR";
    private static final String EXTERNAL = "EXTERNAL";

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, Environment environment) throws Exception {
        if (environment.getProperty("register.security.jwt.enabled", Boolean.class, false)) {
            http.oauth2ResourceServer(o -> o
                    .bearerTokenResolver(new BearerTokens())
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new RegisterJwtConverter()))
                    .authenticationEntryPoint(problems::unauthorized));
        }
        if (environment.getProperty("register.security.development-users", Boolean.class, false)) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized));
        }
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**").permitAll()
                        // domain brief §5.6: administrators run the system and see no case data
                        .requestMatchers("/api/v1/admin/**").hasRole(ADMINISTRATOR)
                        // auditors read the access log; nobody changes it
                        .requestMatchers(HttpMethod.GET, "/api/v1/access-log/**").hasRole(AUDITOR)
                        .requestMatchers("/api/v1/access-log/**").denyAll()
                        // external users under agreement may ask the border-check question, nothing else
                        .requestMatchers(HttpMethod.GET, "/api/v1/entry-bans/check").hasAnyRole(OFFICER, SUPERVISOR, AUDITOR, EXTERNAL)
                        // statistics for analysts and the operational roles; never identifiable data for analysts
                        .requestMatchers(HttpMethod.GET, "/api/v1/statistics/**").hasAnyRole(OFFICER, SUPERVISOR, AUDITOR, ANALYST)
                        .requestMatchers("/api/v1/statistics/**").hasAnyRole(SUPERVISOR, ANALYST)
                        // case data: both institutions read everything; auditors read, never write
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAnyRole(OFFICER, SUPERVISOR, AUDITOR)
                        // four eyes: only supervisors approve decisions and decide on clerical corrections
                        .requestMatchers(HttpMethod.POST, "/api/v1/return-cases/*/decisions/*/approval",
                                "/api/v1/return-cases/*/clerical-corrections/*/approval",
                                "/api/v1/return-cases/*/clerical-corrections/*/rejection").hasRole(SUPERVISOR)
                        // writes: officers and supervisors; the aggregates check institution and role again
                        .requestMatchers("/api/v1/**").hasAnyRole(OFFICER, SUPERVISOR)
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden))
                .headers(headers -> headers
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .contentTypeOptions(Customizer.withDefaults())
                        .frameOptions(f -> f.deny()))
                .build();
    }

    /** Spring's strict firewall, its character rule for header and parameter names checked without a regex. */
    @Bean
    WebSecurityCustomizer firewall() {
        StrictHttpFirewall firewall = strictFirewall();
        return web -> web.httpFirewall(firewall);
    }

    static StrictHttpFirewall strictFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters.ALLOWED);
        firewall.setAllowedHeaderValues(HeaderCharacters.ALLOWED);
        firewall.setAllowedParameterNames(HeaderCharacters.ALLOWED);
        return firewall;
    }

    /**
     * No observations of Spring Security (filter chain, authentication, authorisation): nothing here exports them, and
     * they were a tenth of the request threads' CPU on the command benchmark. Disabling them by property
     * ({@code management.observations.enable}) still left every filter of every request wrapped in a decorator.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnProperty(prefix = "register.security", name = "development-users", havingValue = "true")
    UserDetailsService developmentUsers() {
        return DevelopmentUsers.service();
    }

    /**
     * Production tokens: keys from the identity provider's JWK set, issuer checked against the issuer the users'
     * tokens carry (which may differ from the address the register reaches the provider at, e.g. in compose).
     * Verified tokens are remembered for as long as the key set is ({@link VerifiedTokens}) and validated on every use.
     */
    @Bean
    @ConditionalOnProperty(prefix = "register.security.jwt", name = "enabled", havingValue = "true")
    JwtDecoder jwtDecoder(Environment environment) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(environment.getRequiredProperty("register.security.jwt.jwk-set-uri")).build();
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithIssuer(
                environment.getRequiredProperty("register.security.jwt.issuer"));
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator, VERIFIED_TOKENS, KEY_SET_LIFESPAN, Clock.systemUTC());
    }
}
