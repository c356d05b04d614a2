package lv.pmlp.iaiar.api.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import lv.pmlp.iaiar.api.MutableClock;
import lv.pmlp.iaiar.api.PopulationTest;
import lv.pmlp.iaiar.api.RegisterClient;
import lv.pmlp.iaiar.api.web.CaseNumbers;
import lv.pmlp.iaiar.command.returncase.OpenReturnCaseCommand;

/** A generated population through the real aggregates, and the routes that load one. */
@PopulationTest
class SyntheticDataLoaderTest {

    private static final int PERSONS = 300;

    @Autowired
    SyntheticDataLoader loader;
    @Autowired
    DemoDataSeeder demo;
    @Autowired
    RegisterClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    CaseNumbers caseNumbers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAggregatesAcceptEveryGeneratedCommandAndRecordTheExpectedEvents() {
        Instant now = clock.instant();
        List<Scenario> population = SyntheticRegister.lastYears(41L, 5, now).scenarios(PERSONS).toList();
        long commands = population.stream().mapToLong(s -> s.commands().size()).sum();
        long expectedEvents = population.stream().mapToLong(Scenario::expectedEvents).sum();
        long before = events();

        SyntheticDataLoader.Summary summary = loader.load(41L, population.stream());

        assertThat(summary.failures()).isEmpty();
        assertThat(summary.failedPersons()).isZero();
        assertThat(summary.persons()).isEqualTo(PERSONS);
        assertThat(summary.commands()).isEqualTo(commands);
        assertThat(summary.expectedEvents()).isEqualTo(expectedEvents);
        assertThat(events() - before).isEqualTo(expectedEvents);
        System.out.printf("Synthetic load: %d persons, %d commands, %d events in %d ms (%.0f persons/s, %.0f commands/s)%n",
                summary.persons(), summary.commands(), expectedEvents, summary.elapsed().toMillis(),
                summary.personsPerSecond(), summary.commandsPerSecond());
    }

    @Test
    void casesOpenedAfterALoadContinueAfterItsCaseNumbers() {
        List<Scenario> population = SyntheticRegister.lastYears(42L, 1, clock.instant()).scenarios(20).toList();
        loader.load(42L, population.stream());

        population.stream().flatMap(s -> s.commands().stream()).filter(OpenReturnCaseCommand.class::isInstance)
                .map(c -> ((OpenReturnCaseCommand) c).caseNumber())
                .forEach(number -> {
                    String key = number.substring(0, number.lastIndexOf('-'));
                    long sequence = Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
                    assertThat(caseNumbers.taken().get(key)).isGreaterThanOrEqualTo(sequence);
                });
    }

    @Test
    void aLoadWithTheSameSeedRefusesToRegisterThePersonsAgain() {
        loader.load(43L, SyntheticRegister.lastYears(43L, 5, clock.instant()).scenarios(3));

        SyntheticDataLoader.Summary again = loader.load(43L, SyntheticRegister.lastYears(43L, 5, clock.instant()).scenarios(3));

        assertThat(again.failedPersons()).isEqualTo(3);
        assertThat(again.commands()).isZero();
    }

    @Test
    void anAdministratorLoadsSyntheticDataThroughTheAdminRoute() {
        var response = api.post("administrator", "/api/v1/admin/synthetic-data", Map.of("persons", 5, "seed", 44));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("persons").asInt()).isEqualTo(5);
        assertThat(response.body().get("seed").asLong()).isEqualTo(44);
        assertThat(response.body().get("failedPersons").asInt()).isZero();
        assertThat(response.body().get("commands").asLong()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void onlyAnAdministratorMayLoadSyntheticData() {
        assertThat(api.post("vrs.officer", "/api/v1/admin/synthetic-data", Map.of("persons", 5)).status()).isEqualTo(403);
        assertThat(api.post("analyst", "/api/v1/admin/synthetic-data", Map.of("persons", 5)).status()).isEqualTo(403);
        assertThat(api.post(null, "/api/v1/admin/synthetic-data", Map.of("persons", 5)).status()).isEqualTo(401);
    }

    @Test
    void aRequestForTooManyOrNoPersonsIsRefused() {
        var tooMany = api.post("administrator", "/api/v1/admin/synthetic-data", Map.of("persons", 1_000_000));
        var none = api.post("administrator", "/api/v1/admin/synthetic-data", Map.of("seed", 1));

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(none.status()).isEqualTo(400);
    }

    @Test
    void demoDataIsLoadedOnlyIntoAnEmptyStore() {
        loader.load(45L, SyntheticRegister.lastYears(45L, 5, clock.instant()).scenarios(1));

        assertThat(demo.seedIfEmpty(10)).isEmpty();
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
