package lv.pmlp.iaiar.events;

import java.util.Objects;

/**
 * Who did it: the authenticated user, the institution and unit they acted for, and their role. Every event
 * carries one, so the audit trail never depends on message metadata surviving a migration.
 */
public record Actor(String userId, Institution institution, String unit, Role role) {

    public static final Actor SYSTEM = new Actor("system", Institution.SYSTEM, "IAIAR", Role.SYSTEM);

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(role, "role");
    }

    public boolean actsFor(Institution other) {
        return institution == other;
    }
}
