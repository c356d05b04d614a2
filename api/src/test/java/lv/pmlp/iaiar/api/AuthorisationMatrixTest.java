package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every role against every endpoint. Requests carry bodies the endpoint would refuse as invalid, so an allowed
 * request answers 400 or 404 and a refused one 403 ACCESS_DENIED; either way nothing is written.
 */
@RegisterApiTest
class AuthorisationMatrixTest {

    enum Access { OFFICER, SUPERVISOR, AUDITOR, ANALYST, ADMINISTRATOR, EXTERNAL }

    static final Map<String, Access> USERS = Map.of(
            "pmlp.officer", Access.OFFICER, "vrs.officer", Access.OFFICER,
            "pmlp.supervisor", Access.SUPERVISOR, "vrs.supervisor", Access.SUPERVISOR,
            "auditor", Access.AUDITOR, "analyst", Access.ANALYST, "administrator", Access.ADMINISTRATOR,
            "external", Access.EXTERNAL);

    static final Set<Access> WRITERS = Set.of(Access.OFFICER, Access.SUPERVISOR);
    static final Set<Access> SUPERVISORS = Set.of(Access.SUPERVISOR);
    static final Set<Access> CASE_READERS = Set.of(Access.OFFICER, Access.SUPERVISOR, Access.AUDITOR);
    static final Set<Access> BORDER_CHECK = Set.of(Access.OFFICER, Access.SUPERVISOR, Access.AUDITOR, Access.EXTERNAL);
    static final Set<Access> STATISTICS_READERS = Set.of(Access.OFFICER, Access.SUPERVISOR, Access.AUDITOR, Access.ANALYST);
    static final Set<Access> STATISTICS_WRITERS = Set.of(Access.SUPERVISOR, Access.ANALYST);
    static final Set<Access> ADMINISTRATORS = Set.of(Access.ADMINISTRATOR);
    static final Set<Access> AUDITORS = Set.of(Access.AUDITOR);

    record Endpoint(String method, String path, Set<Access> allowed) {
    }

    static List<Endpoint> endpoints() {
        String p = "/api/v1/persons/no-such-person";
        String c = "/api/v1/return-cases/no-such-case";
        List<Endpoint> all = new ArrayList<>();
        Stream.of("/api/v1/persons", p + "/amendments", p + "/identity-documents", p + "/detentions",
                        p + "/detentions/d/extensions", p + "/detentions/d/release", "/api/v1/return-cases",
                        c + "/departure-orders", c + "/forced-expulsion-decisions", c + "/decisions/d/entry-ban",
                        c + "/decisions/d/service", c + "/decisions/d/appeals", c + "/appeals/a/outcome",
                        c + "/decisions/d/enforcement-suspensions", c + "/decisions/d/enforcement-resumptions",
                        c + "/decisions/d/withdrawal", c + "/decisions/d/departure", c + "/decisions/d/removal",
                        c + "/entry-bans/b/shortenings", c + "/entry-bans/b/lifting", c + "/clerical-corrections")
                .forEach(path -> all.add(new Endpoint("POST", path, WRITERS)));
        Stream.of(c + "/decisions/d/approval", c + "/clerical-corrections/k/approval", c + "/clerical-corrections/k/rejection")
                .forEach(path -> all.add(new Endpoint("POST", path, SUPERVISORS)));
        Stream.of(p + "/case-file", p + "/case-file/as-of?businessDate=2026-01-01", p + "/history",
                        "/api/v1/entry-bans/expiring", "/api/v1/boards/detentions", "/api/v1/boards/departure-deadlines",
                        "/api/v1/boards/pending-approvals")
                .forEach(path -> all.add(new Endpoint("GET", path, CASE_READERS)));
        all.add(new Endpoint("GET", "/api/v1/persons/search?purpose=matrix&name=Nobody", CASE_READERS));
        all.add(new Endpoint("GET", "/api/v1/entry-bans/check?documentNumber=NOSUCHDOC", BORDER_CHECK));
        all.add(new Endpoint("GET", "/api/v1/access-log", AUDITORS));
        all.add(new Endpoint("GET", "/api/v1/statistics/eurostat/migr_eiord?period=not-a-period", STATISTICS_READERS));
        all.add(new Endpoint("GET", "/api/v1/statistics/operational?period=not-a-period", STATISTICS_READERS));
        all.add(new Endpoint("POST", "/api/v1/statistics/eurostat/snapshots", STATISTICS_WRITERS));
        all.add(new Endpoint("GET", "/api/v1/admin/projections", ADMINISTRATORS));
        all.add(new Endpoint("GET", "/api/v1/admin/policies", ADMINISTRATORS));
        all.add(new Endpoint("POST", "/api/v1/admin/projections/rebuilds", ADMINISTRATORS));
        all.add(new Endpoint("POST", "/api/v1/admin/synthetic-data", ADMINISTRATORS));
        return all;
    }

    @Autowired
    RegisterClient api;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRoleReachesExactlyTheEndpointsItsRoleAllows() {
        long eventsBefore = events();
        List<String> wrong = new ArrayList<>();

        for (Endpoint endpoint : endpoints()) {
            for (Map.Entry<String, Access> user : USERS.entrySet()) {
                RegisterClient.Response response = endpoint.method().equals("GET")
                        ? api.get(user.getKey(), endpoint.path())
                        : api.post(user.getKey(), endpoint.path(), "{\"invalid\": true}");
                boolean refused = response.status() == 403 && "ACCESS_DENIED".equals(response.code());
                boolean shouldBeAllowed = endpoint.allowed().contains(user.getValue());
                if (refused == shouldBeAllowed || response.status() == 401 || response.status() >= 500) {
                    wrong.add(user.getKey() + " " + endpoint.method() + " " + endpoint.path() + " -> " + response.status()
                            + " " + response.code());
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(events()).as("nothing was written").isEqualTo(eventsBefore);
    }

    @Test
    void aRefusalIsAProblemDetail() {
        var refused = api.get("analyst", "/api/v1/persons/anyone/case-file");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(refused.body().get("title").asText()).isNotBlank();
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
