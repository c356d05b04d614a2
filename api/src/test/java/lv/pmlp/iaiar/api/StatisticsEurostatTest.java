package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Eurostat EIL tables for hand-built scenarios with hand-computed expectations. Each test uses its own quarter of
 * a past year, so the tables hold only that test's people whatever else the shared application has recorded.
 */
@RegisterApiTest
class StatisticsEurostatTest {

    @Autowired
    RegisterClient api;

    @Test
    void orderedToLeaveCountsPersonsOnceExcludesUnionCitizensAndBandsAgeOnTheDecisionDay() {
        var s = new StatisticsScenario(api);
        LocalDate registered = LocalDate.of(2015, 12, 1);
        // RU man, 25: a departure order and then a forced expulsion decision in the same quarter count once
        String twice = s.person("RU", "MALE", LocalDate.of(1990, 5, 1), registered);
        String twiceCase = s.openCase(twice, LocalDate.of(2016, 1, 5));
        s.departureOrder(twiceCase, LocalDate.of(2016, 1, 10), 14);
        s.forcedExpulsion(twiceCase, LocalDate.of(2016, 2, 15), "P1Y");
        // UA girl the day before her 14th birthday: Y_LT14
        String girl = s.person("UA", "FEMALE", LocalDate.of(2002, 1, 20), registered);
        s.departureOrder(s.openCase(girl, LocalDate.of(2016, 1, 19)), LocalDate.of(2016, 1, 19), 14);
        // UA woman on her 18th birthday: Y18-34
        String woman = s.person("UA", "FEMALE", LocalDate.of(1998, 3, 1), registered);
        s.departureOrder(s.openCase(woman, LocalDate.of(2016, 3, 1)), LocalDate.of(2016, 3, 1), 14);
        // RU boy on his 14th birthday: Y14-17
        String boy = s.person("RU", "MALE", LocalDate.of(2002, 2, 10), registered);
        s.departureOrder(s.openCase(boy, LocalDate.of(2016, 2, 10)), LocalDate.of(2016, 2, 10), 14);
        // excluded: a German citizen (even if recorded as a third-country national) and a union citizen's family member
        String german = s.person(List.of("DE", "RU"), "MALE", LocalDate.of(1980, 1, 1), "THIRD_COUNTRY_NATIONAL", registered);
        s.departureOrder(s.openCase(german, LocalDate.of(2016, 1, 12)), LocalDate.of(2016, 1, 12), 14);
        String family = s.person(List.of("IN"), "FEMALE", LocalDate.of(1985, 1, 1), "UNION_CITIZEN_FAMILY_MEMBER", registered);
        s.departureOrder(s.openCase(family, LocalDate.of(2016, 1, 13)), LocalDate.of(2016, 1, 13), 14);
        // RU man, 36, ordered in the second quarter: in the year, not in the first quarter
        String later = s.person("RU", "MALE", LocalDate.of(1980, 1, 1), registered);
        s.departureOrder(s.openCase(later, LocalDate.of(2016, 4, 5)), LocalDate.of(2016, 4, 5), 14);

        JsonNode quarter = awaitPersons("migr_eiord", "2016-Q1", 4);
        JsonNode year = awaitPersons("migr_eiord", "2016", 5);

        assertThat(quarter.get("dataset").asText()).isEqualTo("migr_eiord1");
        assertThat(quarter.get("frequency").asText()).isEqualTo("Q");
        assertThat(quarter.get("excluded").asLong()).isEqualTo(2);
        assertThat(cells(quarter)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("TOTAL|T|TOTAL", 4L), Map.entry("TOTAL|T|Y_LT18", 2L), Map.entry("TOTAL|T|Y_LT14", 1L),
                Map.entry("TOTAL|T|Y14-17", 1L), Map.entry("TOTAL|T|Y18-34", 2L),
                Map.entry("TOTAL|F|TOTAL", 2L), Map.entry("TOTAL|F|Y_LT18", 1L), Map.entry("TOTAL|F|Y_LT14", 1L),
                Map.entry("TOTAL|F|Y18-34", 1L), Map.entry("TOTAL|M|TOTAL", 2L), Map.entry("TOTAL|M|Y_LT18", 1L),
                Map.entry("TOTAL|M|Y14-17", 1L), Map.entry("TOTAL|M|Y18-34", 1L),
                Map.entry("RU|T|TOTAL", 2L), Map.entry("RU|T|Y_LT18", 1L), Map.entry("RU|T|Y14-17", 1L),
                Map.entry("RU|T|Y18-34", 1L), Map.entry("RU|M|TOTAL", 2L), Map.entry("RU|M|Y_LT18", 1L),
                Map.entry("RU|M|Y14-17", 1L), Map.entry("RU|M|Y18-34", 1L),
                Map.entry("UA|T|TOTAL", 2L), Map.entry("UA|T|Y_LT18", 1L), Map.entry("UA|T|Y_LT14", 1L),
                Map.entry("UA|T|Y18-34", 1L), Map.entry("UA|F|TOTAL", 2L), Map.entry("UA|F|Y_LT18", 1L),
                Map.entry("UA|F|Y_LT14", 1L), Map.entry("UA|F|Y18-34", 1L)));
        assertThat(quarter.at("/unaccompaniedMinors").findValuesAsText("uam")).containsExactly("NOT_UAM", "UNK");
        assertThat(quarter.at("/unaccompaniedMinors").findValues("value")).extracting(JsonNode::asLong).containsExactly(2L, 2L);
        assertThat(year.get("dataset").asText()).isEqualTo("migr_eiord");
        assertThat(cells(year)).containsEntry("RU|M|Y_GE35", 1L).containsEntry("RU|T|TOTAL", 3L);
    }

    @Test
    void returnsAreBrokenDownByDestinationTypeAndAssistance() {
        var s = new StatisticsScenario(api);
        LocalDate registered = LocalDate.of(2017, 3, 1);
        String assisted = s.person("RU", "MALE", LocalDate.of(1990, 1, 1), registered);
        String assistedCase = s.openCase(assisted, LocalDate.of(2017, 4, 1));
        s.departure(assistedCase, s.departureOrder(assistedCase, LocalDate.of(2017, 4, 1), 14), LocalDate.of(2017, 4, 10),
                "RU", "ASSISTED");
        String removed = s.person("GE", "MALE", LocalDate.of(1970, 1, 1), registered);
        String removedCase = s.openCase(removed, LocalDate.of(2017, 4, 2));
        s.removal(removedCase, s.forcedExpulsion(removedCase, LocalDate.of(2017, 4, 2), "P2Y"), LocalDate.of(2017, 5, 3), "GE");
        String alone = s.person("TR", "FEMALE", LocalDate.of(1995, 1, 1), registered);
        String aloneCase = s.openCase(alone, LocalDate.of(2017, 4, 3));
        s.departure(aloneCase, s.departureOrder(aloneCase, LocalDate.of(2017, 4, 3), 14), LocalDate.of(2017, 6, 30), "TR",
                "NOT_ASSISTED");

        JsonNode byDestination = awaitPersons("migr_eirtn", "2017-Q2", 3);
        JsonNode byType = table("pmlp.supervisor", "migr_eirt_vol", "2017-Q2");
        JsonNode byAssistance = table("pmlp.supervisor", "migr_eirt_ass", "2017-Q2");

        assertThat(byDestination.get("dataset").asText()).isEqualTo("migr_eirtn1");
        assertThat(cells(byDestination)).containsEntry("TOTAL|T|TOTAL|RU", 1L).containsEntry("TOTAL|T|TOTAL|GE", 1L)
                .containsEntry("TOTAL|T|TOTAL|TR", 1L).containsEntry("TOTAL|T|TOTAL|TOTAL", 3L)
                .containsEntry("GE|M|Y_GE35|GE", 1L);
        assertThat(cells(byType)).containsEntry("TOTAL|T|TOTAL|TOT_RET", 3L).containsEntry("TOTAL|T|TOTAL|VOLUNT", 2L)
                .containsEntry("TOTAL|T|TOTAL|ENFORCE", 1L).doesNotContainKey("TOTAL|T|TOTAL|OTH");
        assertThat(cells(byAssistance)).containsEntry("TOTAL|T|TOTAL|ASSIST", 1L).containsEntry("TOTAL|T|TOTAL|N_ASSIST", 2L)
                .containsEntry("TR|F|Y18-34|N_ASSIST", 1L);
    }

    @Test
    void aBackDatedEntryChangesAPastQuarterButNotTheTableAsKnownBeforeNorAFrozenSnapshot() throws InterruptedException {
        var s = new StatisticsScenario(api);
        LocalDate registered = LocalDate.of(2018, 6, 1);
        String first = s.person("VN", "MALE", LocalDate.of(1990, 1, 1), registered);
        s.departureOrder(s.openCase(first, LocalDate.of(2018, 7, 5)), LocalDate.of(2018, 7, 5), 14);
        awaitPersons("migr_eiord", "2018-Q3", 1);
        var frozen = api.post("pmlp.supervisor", "/api/v1/statistics/eurostat/snapshots",
                Map.of("dataset", "migr_eiord1", "period", "2018-Q3"));
        Thread.sleep(5);
        Instant transmitted = Instant.now();
        Thread.sleep(5);

        // entered now, effective in the third quarter of 2016
        String late = s.person("VN", "FEMALE", LocalDate.of(1991, 1, 1), registered);
        s.departureOrder(s.openCase(late, LocalDate.of(2018, 8, 1)), LocalDate.of(2018, 8, 1), 14);
        JsonNode now = awaitPersons("migr_eiord", "2018-Q3", 2);
        JsonNode asTransmitted = api.get("pmlp.supervisor", "/api/v1/statistics/eurostat/migr_eiord?period=2018-Q3&asKnownAt="
                + transmitted).body();
        var snapshot = api.get("pmlp.supervisor", frozen.headers().get("location"));

        assertThat(frozen.status()).isEqualTo(201);
        assertThat(now.at("/persons").asLong()).isEqualTo(2);
        assertThat(asTransmitted.at("/persons").asLong()).isEqualTo(1);
        assertThat(cells(asTransmitted)).containsEntry("VN|M|Y18-34", 1L).doesNotContainKey("VN|F|Y18-34");
        assertThat(snapshot.status()).isEqualTo(200);
        assertThat(snapshot.body().get("id").asText()).isEqualTo(frozen.body().get("id").asText());
        assertThat(snapshot.body().get("sha256").asText()).hasSize(64).isEqualTo(frozen.body().get("sha256").asText());
        assertThat(snapshot.body().at("/table/persons").asLong()).isEqualTo(1);
        assertThat(snapshot.body().get("table")).isEqualTo(frozen.body().get("table"));
        assertThat(snapshot.body().get("frozenBy").asText()).isEqualTo("pmlp.supervisor");
    }

    @Test
    void aCorrectedBirthDateAppliesNowButNotToTheTableAsKnownBeforeTheCorrection() throws InterruptedException {
        var s = new StatisticsScenario(api);
        String person = s.person("AF", "MALE", LocalDate.of(2000, 1, 1), LocalDate.of(2019, 9, 1));
        s.departureOrder(s.openCase(person, LocalDate.of(2019, 10, 3)), LocalDate.of(2019, 10, 3), 14);
        awaitPersons("migr_eiord", "2019-Q4", 1);
        Thread.sleep(5);
        Instant beforeCorrection = Instant.now();
        Thread.sleep(5);

        var amended = api.post("vrs.officer", "/api/v1/persons/" + person + "/amendments",
                Map.of("dateOfBirth", "2002-01-01", "citizenships", List.of("PK"), "reason", "birth certificate produced"));
        assertThat(amended.status()).isEqualTo(204);
        JsonNode corrected = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> table("pmlp.supervisor", "migr_eiord", "2019-Q4"), t -> cells(t).containsKey("PK|M|Y_LT18"));
        JsonNode asKnownBefore = api.get("auditor", "/api/v1/statistics/eurostat/migr_eiord?period=2019-Q4&asKnownAt="
                + beforeCorrection).body();

        assertThat(cells(corrected)).containsEntry("PK|M|Y14-17", 1L).doesNotContainKey("AF|T|TOTAL");
        assertThat(cells(asKnownBefore)).containsEntry("AF|M|Y18-34", 1L).doesNotContainKey("PK|T|TOTAL");
    }

    @Test
    void analystsSeeSmallCellsWithheldAndTheCsvIsRoundedToMultiplesOfFive() {
        var s = new StatisticsScenario(api);
        LocalDate registered = LocalDate.of(2013, 12, 1);
        for (int i = 0; i < 6; i++) {
            String person = s.person(i < 5 ? "IQ" : "SY", "MALE", LocalDate.of(1990, 1, 1), registered);
            s.departureOrder(s.openCase(person, LocalDate.of(2014, 1, 10 + i)), LocalDate.of(2014, 1, 10 + i), 14);
        }
        awaitPersons("migr_eiord", "2014-Q1", 6);

        JsonNode analyst = table("analyst", "migr_eiord", "2014-Q1");
        var csv = api.getText("pmlp.supervisor", "/api/v1/statistics/eurostat/migr_eiord1?period=2014-Q1&format=csv");

        assertThat(analyst.get("persons").asLong()).isEqualTo(6);
        assertThat(cellNode(analyst, "IQ|M|Y18-34").get("value").asLong()).isEqualTo(5);
        assertThat(cellNode(analyst, "SY|M|Y18-34").get("value").isNull()).isTrue();
        assertThat(cellNode(analyst, "SY|M|Y18-34").get("confidential").asBoolean()).isTrue();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("content-type")).startsWith("text/csv");
        assertThat(csv.text().lines().toList())
                .startsWith("DATAFLOW,freq,citizen,sex,age,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG")
                .contains("ESTAT:MIGR_EIORD1(1.0),Q,TOTAL,T,TOTAL,PER,LV,2014-Q1,5,",
                        "ESTAT:MIGR_EIORD1(1.0),Q,IQ,M,Y18-34,PER,LV,2014-Q1,5,",
                        "ESTAT:MIGR_EIORD1(1.0),Q,SY,M,Y18-34,PER,LV,2014-Q1,0,");
        assertThat(api.getText("analyst", "/api/v1/statistics/eurostat/migr_eiord1?period=2014-Q1&format=csv").text())
                .contains("ESTAT:MIGR_EIORD1(1.0),Q,SY,M,Y18-34,PER,LV,2014-Q1,,c");
    }

    @Test
    void theMonthEndStockOfPersonsReadyForReturnLeavesOutExecutedAppealedAndUnionCitizens() {
        var s = new StatisticsScenario(api);
        LocalDate registered = LocalDate.of(2022, 1, 3);
        String waiting = s.person("IR", "MALE", LocalDate.of(1980, 1, 1), registered);
        s.forcedExpulsion(s.openCase(waiting, LocalDate.of(2022, 3, 10)), LocalDate.of(2022, 3, 10), "P1Y");
        String removedInApril = s.person("MN", "MALE", LocalDate.of(1980, 1, 1), registered);
        String removedCase = s.openCase(removedInApril, LocalDate.of(2022, 3, 12));
        s.removal(removedCase, s.forcedExpulsion(removedCase, LocalDate.of(2022, 3, 12), "P1Y"), LocalDate.of(2022, 4, 5), "MN");
        String appealing = s.person("YE", "MALE", LocalDate.of(1980, 1, 1), registered);
        String appealCase = s.openCase(appealing, LocalDate.of(2022, 3, 2));
        String appealed = s.forcedExpulsion(appealCase, LocalDate.of(2022, 3, 2), "P1Y");
        api.post("vrs.officer", "/api/v1/return-cases/" + appealCase + "/decisions/" + appealed + "/service",
                Map.of("servedOn", "2022-03-03", "language", "ar", "interpreterUsed", true));
        api.post("vrs.officer", "/api/v1/return-cases/" + appealCase + "/decisions/" + appealed + "/appeals",
                Map.of("type", "COURT_APPEAL", "body", "Administratīvā rajona tiesa", "filedOn", "2022-03-04"));
        String german = s.person(List.of("DE"), "MALE", LocalDate.of(1980, 1, 1), "UNION_CITIZEN", registered);
        s.forcedExpulsion(s.openCase(german, LocalDate.of(2022, 3, 1)), LocalDate.of(2022, 3, 1), "P1Y");
        // a departure order whose deadline has not been missed is not enforceable yet
        String leaving = s.person("KG", "MALE", LocalDate.of(1980, 1, 1), registered);
        s.departureOrder(s.openCase(leaving, LocalDate.of(2022, 3, 25)), LocalDate.of(2022, 3, 25), 30);

        // other tests' people may be in the stock too, so only this test's citizenships are checked
        Map<String, Long> march = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> stock("2022-03"), m -> m.containsKey("IR") && m.containsKey("MN"));
        Map<String, Long> april = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> stock("2022-04"), m -> m.containsKey("IR"));

        assertThat(march).containsEntry("IR", 1L).containsEntry("MN", 1L).doesNotContainKeys("YE", "KG", "DE");
        assertThat(april).containsEntry("IR", 1L).doesNotContainKeys("MN", "YE", "KG", "DE");
        assertThat(api.get("auditor", "/api/v1/statistics/irma/ready-for-return?month=2022-03").body().get("monthEnd").asText())
                .isEqualTo("2022-03-31");
    }

    private Map<String, Long> stock(String month) {
        Map<String, Long> byCitizen = new HashMap<>();
        for (JsonNode cell : api.get("auditor", "/api/v1/statistics/irma/ready-for-return?month=" + month).body()
                .get("byCitizenship")) {
            byCitizen.put(cell.at("/key/citizen").asText(), cell.get("value").asLong());
        }
        return byCitizen;
    }

    @Test
    void statisticsAreNotForAdministratorsOrExternalUsersAndNeedAYearOrQuarter() {
        assertThat(api.get("administrator", "/api/v1/statistics/eurostat?period=2016").status()).isEqualTo(403);
        assertThat(api.get("external", "/api/v1/statistics/eurostat?period=2016").status()).isEqualTo(403);
        assertThat(api.get("analyst", "/api/v1/statistics/eurostat?period=2016-Q5").status()).isEqualTo(400);
        assertThat(api.get("analyst", "/api/v1/statistics/eurostat/migr_nonsense?period=2016").body().at("/errors/0/field")
                .asText()).isEqualTo("dataset");
        assertThat(api.get("analyst", "/api/v1/statistics/eurostat/snapshots/00000000-0000-0000-0000-000000000000").body()
                .get("code").asText()).isEqualTo("STATISTICS_SNAPSHOT_NOT_FOUND");
        assertThat(api.post("auditor", "/api/v1/statistics/eurostat/snapshots", Map.of("dataset", "migr_eiord", "period", "2016"))
                .status()).isEqualTo(403);
        JsonNode all = api.get("analyst", "/api/v1/statistics/eurostat?period=2015-Q1").body();
        assertThat(all.findValuesAsText("dataset")).containsExactly("migr_eiord1", "migr_eirtn1", "migr_eirt_vol",
                "migr_eirt_ass", "migr_eipre");
    }

    @Test
    void unaccompaniedMinorsAreCountedAsTheCaseRecordsThemAndAdultsNever() {
        var s = new StatisticsScenario(api);
        LocalDate registered = LocalDate.of(2012, 3, 1);
        LocalDate opened = LocalDate.of(2012, 4, 10);
        String alone = s.person("AF", "MALE", LocalDate.of(1997, 1, 1), registered);
        String withParents = s.person("AF", "FEMALE", LocalDate.of(1998, 1, 1), registered);
        String notRecorded = s.person("SY", "MALE", LocalDate.of(1999, 1, 1), registered);
        String adult = s.person("SY", "MALE", LocalDate.of(1980, 1, 1), registered);
        for (var person : List.of(Map.entry(alone, Optional.of(true)), Map.entry(withParents, Optional.of(false)),
                Map.entry(notRecorded, Optional.<Boolean>empty()), Map.entry(adult, Optional.of(true)))) {
            Map<String, Object> body = new HashMap<>(Requests.openCase(person.getKey(), opened));
            person.getValue().ifPresent(flag -> body.put("unaccompaniedMinor", flag));
            String kase = api.post("vrs.officer", "/api/v1/return-cases", body).id();
            s.departureOrder(kase, opened.plusDays(2), 14);
        }

        JsonNode quarter = awaitPersons("migr_eiord", "2012-Q2", 4);
        JsonNode asKnownNow = api.get("pmlp.supervisor", "/api/v1/statistics/eurostat/migr_eiord?period=2012-Q2&asKnownAt="
                + Instant.now().plusSeconds(60)).body();

        assertThat(quarter.at("/unaccompaniedMinors").findValuesAsText("uam")).containsExactly("NOT_UAM", "UAM", "UNK");
        assertThat(quarter.at("/unaccompaniedMinors").findValues("value")).extracting(JsonNode::asLong).containsExactly(2L, 1L, 1L);
        assertThat(asKnownNow.get("unaccompaniedMinors")).isEqualTo(quarter.get("unaccompaniedMinors"));
        assertThat(awaitPersons("migr_eipre", "2012-Q2", 4).at("/unaccompaniedMinors").findValues("value"))
                .extracting(JsonNode::asLong).containsExactly(2L, 1L, 1L);
    }

    @Test
    void irmaReturnedCountsPersonsReturnedToAThirdCountryInTheMonthOnce() {
        var s = new StatisticsScenario(api);
        LocalDate registered = LocalDate.of(2013, 6, 3);
        // removed to Georgia: a third country
        String removed = s.person("GE", "MALE", LocalDate.of(1975, 1, 1), registered);
        String removedCase = s.openCase(removed, LocalDate.of(2013, 6, 10));
        s.removal(removedCase, s.forcedExpulsion(removedCase, LocalDate.of(2013, 6, 10), "P1Y"), LocalDate.of(2013, 7, 2), "GE");
        // left for Ukraine of their own accord: a third country
        String departed = s.person("UA", "FEMALE", LocalDate.of(1985, 1, 1), registered);
        String departedCase = s.openCase(departed, LocalDate.of(2013, 6, 11));
        s.departure(departedCase, s.departureOrder(departedCase, LocalDate.of(2013, 6, 11), 30), LocalDate.of(2013, 7, 5),
                "UA", "NOT_ASSISTED");
        // left for Germany: not a third country
        String toGermany = s.person("UA", "MALE", LocalDate.of(1985, 1, 1), registered);
        String toGermanyCase = s.openCase(toGermany, LocalDate.of(2013, 6, 12));
        s.departure(toGermanyCase, s.departureOrder(toGermanyCase, LocalDate.of(2013, 6, 12), 30), LocalDate.of(2013, 7, 8),
                "DE", "NOT_ASSISTED");
        awaitPersons("migr_eirtn", "2013-Q3", 3);

        JsonNode july = api.get("pmlp.supervisor", "/api/v1/statistics/irma/returned?month=2013-07").body();
        JsonNode june = api.get("pmlp.supervisor", "/api/v1/statistics/irma/returned?month=2013-06").body();

        assertThat(july.get("persons").asLong()).isEqualTo(2);
        assertThat(july.at("/byCitizenship").findValuesAsText("citizen")).containsExactly("TOTAL", "GE", "UA");
        assertThat(july.at("/byCitizenship").findValues("value")).extracting(JsonNode::asLong).containsExactly(2L, 1L, 1L);
        assertThat(june.get("persons").asLong()).isZero();
    }

    private JsonNode awaitPersons(String dataset, String period, long persons) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> table("pmlp.supervisor", dataset, period), t -> t.get("persons").asLong() == persons);
    }

    private JsonNode table(String user, String dataset, String period) {
        var response = api.get(user, "/api/v1/statistics/eurostat/" + dataset + "?period=" + period);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    /** The table's cells as "code|code|..." to exact count. */
    static Map<String, Long> cells(JsonNode table) {
        Map<String, Long> cells = new HashMap<>();
        for (JsonNode cell : table.get("cells")) {
            StringBuilder key = new StringBuilder();
            cell.get("key").elements().forEachRemaining(code -> key.append(key.isEmpty() ? "" : "|").append(code.asText()));
            cells.put(key.toString(), cell.get("value").isNull() ? null : cell.get("value").asLong());
        }
        return cells;
    }

    private static JsonNode cellNode(JsonNode table, String key) {
        for (JsonNode cell : table.get("cells")) {
            StringBuilder k = new StringBuilder();
            cell.get("key").elements().forEachRemaining(code -> k.append(k.isEmpty() ? "" : "|").append(code.asText()));
            if (k.toString().equals(key)) {
                return cell;
            }
        }
        throw new AssertionError("No cell " + key + " in " + table);
    }
}
