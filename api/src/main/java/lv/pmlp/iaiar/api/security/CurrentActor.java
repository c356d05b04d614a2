package lv.pmlp.iaiar.api.security;

import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.events.Actor;

/** The actor behind the current request, taken from the authenticated principal and never from the body. */
@Component
public class CurrentActor {

    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RegisterUser user) {
            return user.actor();
        }
        throw new InsufficientAuthenticationException("The request has no register user");
    }
}
