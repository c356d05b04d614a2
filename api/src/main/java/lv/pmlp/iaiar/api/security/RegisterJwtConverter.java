package lv.pmlp.iaiar.api.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;

/**
 * Turns a validated JWT into a register user. Claims: {@code preferred_username} (else {@code sub}) is the user,
 * {@code institution} (PMLP, VRS or EXTERNAL) and {@code unit} say for whom they act, and the register role comes
 * from {@code roles} or Keycloak's {@code realm_access.roles}. A token without an institution or with no single
 * register role is refused: every act must be attributable.
 */
class RegisterJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String user = Optional.ofNullable(jwt.getClaimAsString("preferred_username")).orElse(jwt.getSubject());
        Institution institution = institution(jwt.getClaimAsString("institution"));
        List<Role> roles = roles(jwt).stream().distinct().toList();
        if (user == null || roles.size() != 1) {
            throw new InvalidBearerTokenException("The token must name the user and exactly one register role");
        }
        RegisterUser principal = new RegisterUser(user, null, institution, jwt.getClaimAsString("unit"), roles.get(0));
        return new Authenticated(principal, jwt);
    }

    private static Institution institution(String claim) {
        if (claim == null) {
            throw new InvalidBearerTokenException("The token has no institution claim");
        }
        try {
            Institution institution = Institution.valueOf(claim.toUpperCase(Locale.ROOT));
            if (institution == Institution.SYSTEM) {
                throw new IllegalArgumentException();
            }
            return institution;
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("Unknown institution " + claim);
        }
    }

    private static List<Role> roles(Jwt jwt) {
        Collection<String> names = new ArrayList<>();
        List<String> direct = jwt.getClaimAsStringList("roles");
        if (direct != null) {
            names.addAll(direct);
        }
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> realmRoles) {
            realmRoles.forEach(r -> names.add(String.valueOf(r)));
        }
        List<Role> roles = new ArrayList<>();
        for (String name : names) {
            try {
                Role role = Role.valueOf(name.toUpperCase(Locale.ROOT));
                if (role != Role.SYSTEM) {
                    roles.add(role);
                }
            } catch (IllegalArgumentException notARegisterRole) {
                // identity providers add their own roles (offline_access, ...); they mean nothing here
            }
        }
        return roles;
    }

    /** An authenticated token whose principal is the register user and whose credentials are the JWT. */
    static final class Authenticated extends AbstractAuthenticationToken {

        private final RegisterUser user;
        private final Jwt jwt;

        Authenticated(RegisterUser user, Jwt jwt) {
            super(user.getAuthorities());
            this.user = user;
            this.jwt = jwt;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return jwt;
        }

        @Override
        public Object getPrincipal() {
            return user;
        }

        @Override
        public String getName() {
            return user.username();
        }
    }
}
