package lv.pmlp.iaiar.api.security;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;

/**
 * Fixed users for the embedded default, one per institution and role, so a new user can try the register at
 * once. Their passwords are public (README); the production profile never loads them.
 */
final class DevelopmentUsers {

    private DevelopmentUsers() {
    }

    static UserDetailsService service() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        Map<String, RegisterUser> users = List.of(
                        user(encoder, "pmlp.officer", Institution.PMLP, "PMLP-RIGA-PSKN", Role.OFFICER),
                        user(encoder, "pmlp.supervisor", Institution.PMLP, "PMLP-RIGA-PSKN", Role.SUPERVISOR),
                        user(encoder, "vrs.officer", Institution.VRS, "VRS-DAUGAVPILS", Role.OFFICER),
                        user(encoder, "vrs.supervisor", Institution.VRS, "VRS-GP-IIPR", Role.SUPERVISOR),
                        user(encoder, "auditor", Institution.PMLP, "PMLP-IKN", Role.AUDITOR),
                        user(encoder, "analyst", Institution.PMLP, "PMLP-ANALYTICS", Role.ANALYST),
                        user(encoder, "administrator", Institution.PMLP, "PMLP-IT", Role.ADMINISTRATOR),
                        user(encoder, "external", Institution.EXTERNAL, "VID-MURIN", Role.EXTERNAL))
                .stream().collect(Collectors.toMap(RegisterUser::username, Function.identity()));
        return username -> {
            RegisterUser user = users.get(username);
            if (user == null) {
                throw new UsernameNotFoundException(username);
            }
            return new RegisterUser(user.username(), user.password(), user.institution(), user.unit(), user.role());
        };
    }

    /** Every development user's password is the literal "dev". */
    private static RegisterUser user(PasswordEncoder encoder, String name, Institution institution, String unit, Role role) {
        return new RegisterUser(name, encoder.encode("dev"), institution, unit, role);
    }
}
