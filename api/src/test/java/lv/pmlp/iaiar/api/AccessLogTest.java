package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import lv.pmlp.iaiar.command.rules.BusinessCalendar;

/** Every read of a person's data is logged with who, when, what and why; auditors read the log, nobody edits it. */
@RegisterApiTest
class AccessLogTest {

    @Autowired
    RegisterClient api;

    LocalDate today = LocalDate.now(BusinessCalendar.ZONE);

    @Test
    void aReadOfACaseFileIsLoggedWithReaderPathAndPurpose() {
        String personId = new ReadSideScenario(api).person(today.minusDays(3), "LOGGED", "7600000001");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("auditor", "/api/v1/persons/" + personId + "/case-file").status() == 200);

        var read = api.getWith("pmlp.officer", "/api/v1/persons/" + personId + "/case-file",
                Map.of("X-Purpose", "departure order review", "X-Case-Reference", "PMLP-2026-000042"));
        assertThat(read.status()).isEqualTo(200);

        JsonNode log = api.get("auditor", "/api/v1/access-log?personId=" + personId + "&userId=pmlp.officer").body();
        assertThat(log.get("total").asInt()).isEqualTo(1);
        JsonNode entry = log.at("/items/0");
        assertThat(entry.get("institution").asText()).isEqualTo("PMLP");
        assertThat(entry.get("role").asText()).isEqualTo("OFFICER");
        assertThat(entry.get("method").asText()).isEqualTo("GET");
        assertThat(entry.get("path").asText()).isEqualTo("/api/v1/persons/" + personId + "/case-file");
        assertThat(entry.get("purpose").asText()).isEqualTo("departure order review");
        assertThat(entry.get("caseReference").asText()).isEqualTo("PMLP-2026-000042");
        assertThat(entry.get("personIds")).extracting(JsonNode::asText).containsExactly(personId);
        assertThat(entry.get("at").asText()).isNotBlank();
    }

    @Test
    void historyAndBorderChecksAreLoggedToo() {
        String personId = new ReadSideScenario(api).person(today.minusDays(3), "CHECKED", "7600000002");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("vrs.officer", "/api/v1/entry-bans/check?documentNumber=7600000002")
                .body().get("personIds").size() == 1);
        api.get("vrs.supervisor", "/api/v1/persons/" + personId + "/history");

        JsonNode log = api.get("auditor", "/api/v1/access-log?personId=" + personId).body();

        assertThat(log.get("items").findValuesAsText("path")).contains("/api/v1/entry-bans/check", "/api/v1/persons/" + personId + "/history");
        assertThat(log.get("items").findValuesAsText("query")).contains("documentNumber=7600000002");
    }

    @Test
    void aSearchMustStateItsPurposeAndIsLoggedWithThePersonsFound() {
        String personId = new ReadSideScenario(api).person(today.minusDays(3), "SEARCHEDFOR", "7600000003");
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("vrs.officer",
                "/api/v1/persons/search?purpose=setup&name=SEARCHEDFOR").body().path("total").asInt() == 1);

        var withoutPurpose = api.get("vrs.officer", "/api/v1/persons/search?name=SEARCHEDFOR");
        api.getWith("vrs.supervisor", "/api/v1/persons/search?name=SEARCHEDFOR", Map.of("X-Purpose", "removal planning"));

        assertThat(withoutPurpose.status()).isEqualTo(400);
        assertThat(withoutPurpose.body().at("/errors/0/field").asText()).isEqualTo("purpose");
        JsonNode log = api.get("auditor", "/api/v1/access-log?personId=" + personId + "&userId=vrs.supervisor").body();
        assertThat(log.at("/items/0/purpose").asText()).isEqualTo("removal planning");
        assertThat(log.at("/items/0/query").asText()).isEqualTo("name=SEARCHEDFOR");
    }

    @Test
    void theAuditorsOwnReadsAreLogged() {
        api.get("auditor", "/api/v1/access-log?userId=nobody-in-particular");

        JsonNode log = api.get("auditor", "/api/v1/access-log?userId=auditor").body();

        assertThat(log.get("items").findValuesAsText("path")).contains("/api/v1/access-log");
    }

    @Test
    void onlyAuditorsReadTheAccessLog() {
        assertThat(api.get("pmlp.supervisor", "/api/v1/access-log").status()).isEqualTo(403);
        assertThat(api.get("administrator", "/api/v1/access-log").status()).isEqualTo(403);
    }

    @Test
    void nobodyChangesTheAccessLog() {
        long before = api.get("auditor", "/api/v1/access-log?userId=pmlp.officer").body().get("total").asLong();

        for (String user : new String[] {"auditor", "administrator", "pmlp.supervisor"}) {
            assertThat(api.post(user, "/api/v1/access-log", Map.of("userId", "pmlp.officer")).status()).isEqualTo(403);
            assertThat(api.delete(user, "/api/v1/access-log?userId=pmlp.officer").status()).isEqualTo(403);
        }

        assertThat(api.get("auditor", "/api/v1/access-log?userId=pmlp.officer").body().get("total").asLong()).isEqualTo(before);
    }
}
