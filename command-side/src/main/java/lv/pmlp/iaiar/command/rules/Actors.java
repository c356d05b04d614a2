package lv.pmlp.iaiar.command.rules;

import java.util.EnumSet;
import java.util.Set;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;

/** Rules about who may act, shared by every aggregate. */
public final class Actors {

    private static final Set<Role> WRITERS = EnumSet.of(Role.OFFICER, Role.SUPERVISOR, Role.SYSTEM);

    private Actors() {
    }

    public static void requireWriter(Actor actor) {
        Rule.ROLE_MAY_NOT_WRITE.require(WRITERS.contains(actor.role()),
                "Role " + actor.role() + " may not change the register");
    }

    /** Officers change only their own institution's decisions; the register's timers act for everyone. */
    public static void requireOwnInstitution(Actor actor, Institution owner) {
        requireWriter(actor);
        Rule.DECISION_OF_OTHER_INSTITUTION.require(actor.institution() == owner || actor.institution() == Institution.SYSTEM,
                "This case belongs to " + owner + "; " + actor.institution() + " may read it but not change it");
    }

    public static void requireBorderGuard(Actor actor, Rule rule) {
        requireWriter(actor);
        rule.require(actor.institution() == Institution.VRS, rule.description() + "; the actor acts for " + actor.institution());
    }

    public static void requireOperationalInstitution(Actor actor) {
        requireWriter(actor);
        Rule.ROLE_MAY_NOT_WRITE.require(actor.institution() == Institution.PMLP || actor.institution() == Institution.VRS,
                "Only PMLP and VRS officers record this");
    }
}
