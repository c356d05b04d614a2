package lv.pmlp.iaiar.api.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

import lv.pmlp.iaiar.api.web.ProblemResponses;

/**
 * Minimal security for the foundation: HTTP Basic against the development users. Writes need an officer or
 * supervisor; the aggregates check institution and role again, so a misconfigured route cannot bypass a rule.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMINISTRATOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/statistics/**").hasAnyRole("ANALYST", "SUPERVISOR")
                        .requestMatchers("/api/v1/statistics/**").hasAnyRole("ANALYST", "SUPERVISOR", "AUDITOR")
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers("/api/**").hasAnyRole("OFFICER", "SUPERVISOR")
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden))
                .headers(Customizer.withDefaults())
                .build();
    }

    @Bean
    @ConditionalOnProperty(prefix = "register.security", name = "development-users", havingValue = "true")
    UserDetailsService developmentUsers() {
        return DevelopmentUsers.service();
    }
}
