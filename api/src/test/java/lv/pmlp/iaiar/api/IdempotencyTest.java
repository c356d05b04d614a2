package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import lv.pmlp.iaiar.command.rules.BusinessCalendar;

/** A request carrying an Idempotency-Key is applied once, however many times it is sent. */
@RegisterApiTest
class IdempotencyTest {

    @Autowired
    RegisterClient api;
    @Autowired
    JdbcTemplate jdbc;

    LocalDate today = LocalDate.now(BusinessCalendar.ZONE);

    @Test
    void aRepeatedRequestIsAppliedOnceAndAnsweredTheSameWay() {
        Map<String, String> key = key();

        var first = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan(), key);
        var second = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan(), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.headers().get("location")).isEqualTo(first.headers().get("location"));
        assertThat(second.headers()).containsEntry("idempotent-replayed", "true");
        assertThat(eventsOf(first.id())).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryRequestIsNew() {
        var first = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan());
        var second = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan());

        assertThat(second.id()).isNotEqualTo(first.id());
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() {
        Map<String, String> key = key();
        api.post("vrs.officer", "/api/v1/persons", Requests.russianMan(), key);
        var changed = new HashMap<String, Object>(Requests.russianMan());
        changed.put("dateOfBirth", "1991-04-12");

        var response = api.post("vrs.officer", "/api/v1/persons", changed, key);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void keysBelongToTheUserWhoSentThem() {
        Map<String, String> key = key();

        var byBorderGuard = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan(), key);
        var byMigrationOffice = api.post("pmlp.officer", "/api/v1/persons", Requests.russianMan(), key);

        assertThat(byMigrationOffice.status()).isEqualTo(201);
        assertThat(byMigrationOffice.id()).isNotEqualTo(byBorderGuard.id());
    }

    @Test
    void aRefusalIsRememberedAndRepeatedWithoutRunningAgain() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        String caseId = api.post("vrs.officer", "/api/v1/return-cases", Requests.openCase(personId, today)).id();
        Map<String, String> key = key();
        String path = "/api/v1/return-cases/" + caseId + "/forced-expulsion-decisions";
        Map<String, Object> noBan = Map.of("issuedOn", today.toString(), "legalBasis", "Imigrācijas likums, 47. pants");

        var first = api.post("vrs.officer", path, noBan, key);
        var second = api.post("vrs.officer", path, noBan, key);

        assertThat(first.code()).isEqualTo("FORCED_EXPULSION_REQUIRES_ENTRY_BAN");
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.code()).isEqualTo("FORCED_EXPULSION_REQUIRES_ENTRY_BAN");
        assertThat(second.headers()).containsEntry("idempotent-replayed", "true");
    }

    @Test
    void copiesSentAtTheSameTimeAreAppliedOnce() throws Exception {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        String caseId = api.post("vrs.officer", "/api/v1/return-cases", Requests.openCase(personId, today)).id();
        Map<String, String> key = key();
        String path = "/api/v1/return-cases/" + caseId + "/departure-orders";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<RegisterClient.Response>> copies = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Callable<RegisterClient.Response> send = () -> api.post("vrs.officer", path, Requests.departureOrder(today, 14), key);
                copies.add(pool.submit(send));
            }
            List<RegisterClient.Response> answers = new ArrayList<>();
            for (Future<RegisterClient.Response> copy : copies) {
                answers.add(copy.get());
            }

            assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(201, 409));
            assertThat(answers.stream().filter(a -> a.status() == 201).map(RegisterClient.Response::id).distinct()).hasSize(1);
            assertThat(answers.stream().filter(a -> a.status() == 409))
                    .allSatisfy(a -> assertThat(a.code()).isEqualTo("IDEMPOTENT_REQUEST_IN_PROGRESS"));
            assertThat(eventsOf(caseId)).as("case opened + one departure order").isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, String> key() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }

    private int eventsOf(String aggregateId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Integer.class,
                aggregateId);
    }
}
