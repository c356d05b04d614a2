package lv.pmlp.iaiar.api.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;

/**
 * The synthetic officers of both institutions. User ids start with {@code synthetic.} so generated data can be
 * told from real work. VRS has about five times PMLP's officers, as it takes about five times the decisions.
 */
final class Staff {

    static final String USER_PREFIX = "synthetic.";

    private static final List<String> PMLP_UNITS = List.of("PMLP-RIGA-PSKN", "PMLP-DAUGAVPILS", "PMLP-LIEPAJA", "PMLP-JELGAVA");
    private static final List<String> VRS_UNITS = List.of("VRS-GP-IIPR", "VRS-RIGA", "VRS-DAUGAVPILS", "VRS-LUDZA",
            "VRS-REZEKNE", "VRS-AIRPORT");

    private static final List<Actor> PMLP = staff(Institution.PMLP, PMLP_UNITS, 8, 2);
    private static final List<Actor> VRS = staff(Institution.VRS, VRS_UNITS, 40, 6);

    private Staff() {
    }

    private static List<Actor> staff(Institution institution, List<String> units, int officers, int supervisors) {
        List<Actor> actors = new ArrayList<>();
        String prefix = USER_PREFIX + institution.name().toLowerCase() + ".";
        for (int i = 0; i < officers + supervisors; i++) {
            Role role = i < officers ? Role.OFFICER : Role.SUPERVISOR;
            actors.add(new Actor(String.format("%s%03d", prefix, i + 1), institution, units.get(i % units.size()), role));
        }
        return List.copyOf(actors);
    }

    /** Any officer or supervisor of the institution. */
    static Actor of(Institution institution, SplittableRandom random) {
        List<Actor> pool = institution == Institution.VRS ? VRS : PMLP;
        return pool.get(random.nextInt(pool.size()));
    }

    /** The case's institution takes about five of six cases when it is VRS (2021: VRS 1 300 orders, PMLP 224 decisions). */
    static Institution caseInstitution(SplittableRandom random) {
        return random.nextInt(6) == 0 ? Institution.PMLP : Institution.VRS;
    }
}
