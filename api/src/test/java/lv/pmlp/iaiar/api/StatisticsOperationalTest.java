package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import lv.pmlp.iaiar.command.rules.BusinessCalendar;

/**
 * National figures, plan versus actual, workload and charts over one hand-built year (2020) that no other test
 * uses: four return decisions, two by each institution.
 */
@RegisterApiTest
class StatisticsOperationalTest {

    private static boolean built;

    @Autowired
    RegisterClient api;

    /**
     * A (PMLP, RU): case 6 Jan, departure order 16 Jan (10 days after opening), served 17 Jan, appealed 20 Jan,
     * annulled on appeal 10 Feb. B (PMLP, UA): case 3 Feb, order 7 Feb (4 days), left 10 Feb within the deadline,
     * assisted. C (VRS, GE): case and detention 10 Jan, forced expulsion with a 2-year ban 15 Jan (5 days),
     * removed and released 19 Jan (10 days detained). D (VRS, RU): case, detention and order 2 Mar, released 5 Mar.
     */
    @BeforeEach
    void theYear2020() {
        if (built) {
            return;
        }
        var s = new StatisticsScenario(api);
        LocalDate registered = LocalDate.of(2019, 12, 2);
        String a = s.person("RU", "MALE", LocalDate.of(1990, 1, 1), registered);
        String aCase = s.openCase("pmlp.officer", a, LocalDate.of(2020, 1, 6));
        String aOrder = s.departureOrder("pmlp.officer", aCase, LocalDate.of(2020, 1, 16), 30);
        ok(api.post("pmlp.officer", "/api/v1/return-cases/" + aCase + "/decisions/" + aOrder + "/service",
                Map.of("servedOn", "2020-01-17", "language", "ru", "interpreterUsed", true)));
        String appeal = ok(api.post("pmlp.officer", "/api/v1/return-cases/" + aCase + "/decisions/" + aOrder + "/appeals",
                Map.of("type", "COURT_APPEAL", "body", "Administratīvā rajona tiesa", "filedOn", "2020-01-20"))).id();
        ok(api.post("pmlp.officer", "/api/v1/return-cases/" + aCase + "/appeals/" + appeal + "/outcome",
                Map.of("outcome", "ANNULLED", "decidedOn", "2020-02-10")));

        String b = s.person("UA", "FEMALE", LocalDate.of(1985, 6, 1), registered);
        String bCase = s.openCase("pmlp.officer", b, LocalDate.of(2020, 2, 3));
        String bOrder = s.departureOrder("pmlp.officer", bCase, LocalDate.of(2020, 2, 7), 14);
        ok(api.post("pmlp.officer", "/api/v1/return-cases/" + bCase + "/decisions/" + bOrder + "/departure",
                Map.of("departedOn", "2020-02-10", "destinationCountry", "UA", "assistance", "ASSISTED")));

        String c = s.person("GE", "MALE", LocalDate.of(1975, 1, 1), registered);
        String cCase = s.openCase(c, LocalDate.of(2020, 1, 10));
        String cDetention = detain(c, cCase, LocalDate.of(2020, 1, 10));
        String cDecision = s.forcedExpulsion(cCase, LocalDate.of(2020, 1, 15), "P2Y");
        s.removal(cCase, cDecision, LocalDate.of(2020, 1, 19), "GE");
        release(c, cDetention, LocalDate.of(2020, 1, 19));

        String d = s.person("RU", "MALE", LocalDate.of(1999, 1, 1), registered);
        String dCase = s.openCase(d, LocalDate.of(2020, 3, 2));
        String dDetention = detain(d, dCase, LocalDate.of(2020, 3, 2));
        s.departureOrder(dCase, LocalDate.of(2020, 3, 2), 7);
        release(d, dDetention, LocalDate.of(2020, 3, 5));
        built = true;
    }

    @Test
    void decisionsPerMonthByInstitutionWithDaysFromCaseOpening() {
        JsonNode figures = awaitFigures("period=2020&interval=MONTH&by=INSTITUTION", 4);

        assertThat(rows(figures, "DECISION_ISSUED")).containsExactly(
                "2020-01|null|PMLP|1|10.0|10", "2020-01|null|VRS|1|5.0|5", "2020-02|null|PMLP|1|4.0|4",
                "2020-03|null|VRS|1|0.0|0");
        assertThat(rows(figures, "RETURNED")).containsExactly("2020-01|ENFORCE|VRS|1|null|null",
                "2020-02|VOLUNT|PMLP|1|null|null");
        assertThat(rows(figures, "DECISION_SERVED")).containsExactly("2020-01|null|PMLP|1|null|null");
        assertThat(rows(figures, "APPEAL_LODGED")).containsExactly("2020-01|COURT_APPEAL|PMLP|1|null|null");
        assertThat(rows(figures, "APPEAL_DECIDED")).containsExactly("2020-02|ANNULLED|PMLP|1|null|null");
        assertThat(rows(figures, "DECISION_ANNULLED")).containsExactly("2020-02|null|PMLP|1|null|null");
        assertThat(rows(figures, "DEADLINE_MET")).containsExactly("2020-02|VOLUNT|PMLP|1|null|null");
        assertThat(rows(figures, "BAN_IMPOSED")).containsExactly("2020-01|Y1-3|VRS|1|null|null");
        assertThat(rows(figures, "BAN_ACTIVATED")).containsExactly("2020-01|Y1-3|VRS|1|null|null");
        assertThat(figures.at("/links/0/href").asText()).isEqualTo("/api/v1/statistics/charts/decisions-per-month.svg?year=2020");
    }

    @Test
    void detentionsOfTheYearWithAverageAndMaximumLength() {
        JsonNode figures = awaitFigures("period=2020&interval=YEAR", 4);

        assertThat(rows(figures, "DETENTION_STARTED")).containsExactly("2020|null|null|2|null|null");
        assertThat(rows(figures, "DETENTION_ENDED")).containsExactly("2020|null|null|2|7.0|10");
    }

    @Test
    void decisionsByTypeAndCitizenshipForOneInstitution() {
        awaitFigures("period=2020&interval=YEAR", 4);

        JsonNode vrs = api.get("auditor", "/api/v1/statistics/operational?period=2020-Q1&interval=QUARTER"
                + "&by=DECISION_TYPE,CITIZENSHIP&institution=VRS").body();

        List<String> issued = new ArrayList<>();
        for (JsonNode row : vrs.get("rows")) {
            if (row.get("figure").asText().equals("DECISION_ISSUED")) {
                issued.add(row.get("period").asText() + "|" + row.get("decisionType").asText() + "|"
                        + row.get("citizenship").asText() + "|" + row.get("count").asLong());
            }
        }
        assertThat(issued).containsExactly("2020-Q1|DEPARTURE_ORDER|RU|1", "2020-Q1|FORCED_EXPULSION_DECISION|GE|1");
    }

    @Test
    void planVersusActualAgainstTheConfiguredTarget() {
        awaitFigures("period=2020&interval=YEAR", 4);

        JsonNode plan = api.get("analyst", "/api/v1/statistics/plan-vs-actual?year=2020").body();

        assertThat(plan.at("/institutions/0/institution").asText()).isEqualTo("PMLP");
        assertThat(plan.at("/institutions/0/planned").asLong()).isEqualTo(250);
        assertThat(plan.at("/institutions/0/actual").asLong()).isEqualTo(2);
        assertThat(plan.at("/institutions/0/percent").asDouble()).isEqualTo(0.8);
        assertThat(plan.at("/institutions/1/institution").asText()).isEqualTo("VRS");
        assertThat(plan.at("/institutions/1/planned").isNull()).isTrue();
        assertThat(plan.at("/institutions/1/actual").asLong()).isEqualTo(2);
    }

    @Test
    void workloadPerOfficerAndUnit() {
        awaitFigures("period=2020&interval=YEAR", 4);

        JsonNode workload = api.get("pmlp.supervisor", "/api/v1/statistics/workload?period=2020").body();

        JsonNode officer = find(workload.get("officers"), "userId", "pmlp.officer");
        // A: opened, ordered, served, appeal lodged, appeal decided, annulled; B: opened, ordered, departure
        assertThat(officer.get("unit").asText()).isEqualTo("PMLP-RIGA-PSKN");
        assertThat(officer.get("decisions").asLong()).isEqualTo(2);
        assertThat(officer.get("otherActions").asLong()).isEqualTo(7);
        assertThat(officer.get("averageDaysToDecision").asDouble()).isEqualTo(7.0);
        assertThat(officer.get("maximumDaysToDecision").asLong()).isEqualTo(10);
        JsonNode vrsUnit = find(workload.get("units"), "unit", "VRS-DAUGAVPILS");
        assertThat(vrsUnit.get("decisions").asLong()).isEqualTo(2);
        assertThat(vrsUnit.get("averageDaysToDecision").asDouble()).isEqualTo(2.5);
    }

    @Test
    void analystsSeeSmallOperationalCountsWithheld() {
        awaitFigures("period=2020&interval=YEAR", 4);

        JsonNode figures = api.get("analyst", "/api/v1/statistics/operational?period=2020&interval=YEAR").body();

        JsonNode issued = find(figures.get("rows"), "figure", "DECISION_ISSUED");
        assertThat(issued.get("count").isNull()).isTrue();
        assertThat(issued.get("confidential").asBoolean()).isTrue();
    }

    @Test
    void chartsAreRenderedAsSvgAndPng() {
        awaitFigures("period=2020&interval=YEAR", 4);

        var svg = api.getText("analyst", "/api/v1/statistics/charts/decisions-per-month.svg?year=2020");
        var png = api.getText("analyst", "/api/v1/statistics/charts/returns-by-citizenship.png?period=2020-Q1");
        var returns = api.getText("pmlp.supervisor", "/api/v1/statistics/charts/returns-by-citizenship.svg?period=2020");

        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.headers().get("content-type")).startsWith("image/svg+xml");
        assertThat(svg.text()).contains("<svg", "Return decisions per month, 2020", "PMLP", "VRS", "Jan", "Dec");
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.headers().get("content-type")).isEqualTo("image/png");
        assertThat(png.text()).startsWith("\uFFFDPNG");
        assertThat(returns.text()).contains("Persons returned by citizenship, 2020", "GE", "UA", "ENFORCE", "VOLUNT");
    }

    private JsonNode awaitFigures(String query, long decisions) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("pmlp.supervisor", "/api/v1/statistics/operational?" + query).body(),
                        f -> {
                            long issued = 0;
                            for (JsonNode row : f.get("rows")) {
                                issued += row.get("figure").asText().equals("DECISION_ISSUED") ? row.get("count").asLong() : 0;
                            }
                            return issued == decisions && f.toString().contains("DETENTION_ENDED")
                                    && f.toString().contains("DECISION_ANNULLED");
                        });
    }

    /** period|detail|institution|count|averageDays|maximumDays of one figure's rows. */
    private static List<String> rows(JsonNode figures, String figure) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : figures.get("rows")) {
            if (row.get("figure").asText().equals(figure)) {
                rows.add(String.join("|", row.get("period").asText(), row.get("detail").asText(), row.get("institution").asText(),
                        row.get("count").asText(), row.get("averageDays").asText(), row.get("maximumDays").asText()));
            }
        }
        return rows;
    }

    private static JsonNode find(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (row.get(field).asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("No row with " + field + "=" + value + " in " + rows);
    }

    private String detain(String personId, String caseId, LocalDate on) {
        return ok(api.post("vrs.officer", "/api/v1/persons/" + personId + "/detentions", Map.of(
                "detainedAt", BusinessCalendar.startOf(on).plusSeconds(10 * 3600).toString(),
                "authorisedUntil", on.plusDays(60).toString(), "returnCaseId", caseId,
                "legalBasis", "Imigrācijas likums, 51. pants", "place", "Daugavpils"))).id();
    }

    private void release(String personId, String detentionId, LocalDate on) {
        var response = api.post("vrs.officer", "/api/v1/persons/" + personId + "/detentions/" + detentionId + "/release",
                Map.of("releasedAt", BusinessCalendar.startOf(on).plusSeconds(12 * 3600).toString(), "reason", "REMOVED"));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(204);
    }

    private static RegisterClient.Response ok(RegisterClient.Response response) {
        assertThat(response.status()).as(response.body().toString()).isIn(201, 204);
        return response;
    }
}
