package lv.pmlp.iaiar.api.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import lv.pmlp.iaiar.command.person.DetainForeignerCommand;
import lv.pmlp.iaiar.command.person.ExtendDetentionCommand;
import lv.pmlp.iaiar.command.person.RegisterForeignerCommand;
import lv.pmlp.iaiar.command.person.ReleaseFromDetentionCommand;
import lv.pmlp.iaiar.command.returncase.ConfirmDepartureCommand;
import lv.pmlp.iaiar.command.returncase.IssueDepartureOrderCommand;
import lv.pmlp.iaiar.command.returncase.IssueForcedExpulsionDecisionCommand;
import lv.pmlp.iaiar.command.returncase.OpenReturnCaseCommand;
import lv.pmlp.iaiar.command.returncase.RecordAppealOutcomeCommand;
import lv.pmlp.iaiar.command.returncase.RecordRemovalCommand;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.person.PersonName;
import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;
import lv.pmlp.iaiar.events.returncase.AppealOutcome;
import lv.pmlp.iaiar.events.returncase.ReturnAssistance;

/** The generator alone: determinism, and that a population looks like the register's real one. */
class SyntheticRegisterTest {

    private static final Instant AS_OF = ZonedDateTime.of(2025, 6, 30, 12, 0, 0, 0, BusinessCalendar.ZONE).toInstant();
    private static final LocalDate TODAY = BusinessCalendar.dayOf(AS_OF);
    private static final LocalDate FROM = TODAY.minusYears(5);
    private static final int PERSONS = 4_000;

    private static List<Scenario> population;
    private static List<RegisterForeignerCommand> registrations;

    @BeforeAll
    static void generate() {
        population = new SyntheticRegister(7L, FROM, AS_OF).scenarios(PERSONS).toList();
        registrations = commands(RegisterForeignerCommand.class);
    }

    @Test
    void theSameSeedGivesTheSameScenariosCommandForCommand() {
        List<Scenario> again = new SyntheticRegister(7L, FROM, AS_OF).scenarios(PERSONS).toList();

        assertThat(again).isEqualTo(population);
    }

    @Test
    void anotherSeedGivesOtherPersonsWithOtherIds() {
        List<Scenario> other = new SyntheticRegister(8L, FROM, AS_OF).scenarios(200).toList();

        assertThat(other).isNotEqualTo(population.subList(0, 200));
        Set<String> ids = population.stream().map(Scenario::personId).collect(Collectors.toSet());
        assertThat(other).map(Scenario::personId).noneMatch(ids::contains);
    }

    @Test
    void aSmallerPopulationIsTheStartOfALargerOne() {
        assertThat(new SyntheticRegister(7L, FROM, AS_OF).scenarios(300).toList()).isEqualTo(population.subList(0, 300));
    }

    @Test
    void everyScenarioStartsWithItsRegistrationAndCountsEvents() {
        assertThat(population).allSatisfy(s -> {
            assertThat(s.commands().get(0)).isInstanceOf(RegisterForeignerCommand.class);
            assertThat(s.expectedEvents()).isGreaterThanOrEqualTo(s.commands().size());
        });
    }

    @Test
    void citizenshipsAreManyWithRussiaAndUkraineLeadingAndFewUnionCitizens() {
        Map<String, Long> byCitizenship = registrations.stream().filter(r -> !r.stateless())
                .collect(Collectors.groupingBy(r -> r.citizenships().iterator().next(), Collectors.counting()));
        assertThat(byCitizenship).hasSizeGreaterThanOrEqualTo(18)
                .containsKeys("RU", "UA", "UZ", "BY", "CN", "IN", "VN", "GE", "TJ", "KG", "AF", "IQ", "SY", "LK", "NG", "PK", "TR", "MD");
        String top = byCitizenship.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(top).isEqualTo("RU");

        long union = registrations.stream().filter(r -> r.subjectCategory() == SubjectCategory.UNION_CITIZEN).count();
        assertThat(union).isPositive().isLessThan(PERSONS * 3 / 100);
        assertThat(registrations).filteredOn(r -> r.subjectCategory() == SubjectCategory.UNION_CITIZEN)
                .allSatisfy(r -> assertThat(r.citizenships()).containsAnyOf("LT", "DE"));
        assertThat(registrations).filteredOn(RegisterForeignerCommand::stateless).isNotEmpty()
                .allSatisfy(r -> assertThat(r.citizenships()).isEmpty());
    }

    @Test
    void namesKeepTheirOriginalScriptBesideTheLatinForm() {
        Set<String> scripts = registrations.stream().map(r -> r.names().original()).filter(n -> n != null)
                .map(PersonName::script).collect(Collectors.toSet());
        assertThat(scripts).contains("Cyrl", "Geor", "Hani", "Arab", "Latn");

        assertThat(registrations).allSatisfy(r -> assertThat(r.names().latin().surname()).matches("[A-Z][A-Z ]*"));
        assertThat(registrations).filteredOn(r -> r.citizenships().contains("GE"))
                .allSatisfy(r -> assertThat(r.names().original().surname()).matches("\\p{IsGeorgian}+"));
        assertThat(registrations).filteredOn(r -> r.citizenships().contains("RU"))
                .allSatisfy(r -> assertThat(r.names().original().surname()).matches("\\p{IsCyrillic}+"));
    }

    @Test
    void womenCarryFemaleSurnamesAndSomeNamesHaveTheirLatvianForm() {
        List<RegisterForeignerCommand> russianWomen = registrations.stream()
                .filter(r -> r.citizenships().contains("RU") && r.sex() == Sex.FEMALE).toList();
        assertThat(russianWomen).isNotEmpty().allSatisfy(r -> assertThat(r.names().original().surname()).endsWith("а"));

        List<PersonName> latvian = registrations.stream().map(r -> r.names().latvian()).filter(n -> n != null).toList();
        assertThat(latvian).isNotEmpty().anySatisfy(n -> assertThat(n.surname()).endsWith("s"));
        assertThat(latvian.size()).isLessThan(registrations.size() / 2);
    }

    @Test
    void aboutAQuarterAreWomen() {
        long women = registrations.stream().filter(r -> r.sex() == Sex.FEMALE).count();
        assertThat((double) women / PERSONS).isBetween(0.20, 0.30);
    }

    @Test
    void agesCoverEveryEurostatBandAndItsEdges() {
        Map<String, Long> bands = registrations.stream().collect(Collectors.groupingBy(
                r -> band(age(r)), Collectors.counting()));
        assertThat(bands).containsKeys("Y_LT14", "Y14-17", "Y18-34", "Y_GE35");
        assertThat(bands.get("Y18-34")).isGreaterThan(bands.get("Y_LT14"));
        assertThat(registrations).map(SyntheticRegisterTest::age).allSatisfy(a -> assertThat(a).isBetween(0, 70));
        // exactly 14 on the day, and one day short of 18
        assertThat(registrations).anySatisfy(r -> assertThat(BusinessCalendar.dayOf(r.occurredAt()).minusYears(14)).isEqualTo(r.dateOfBirth()));
        assertThat(registrations).anySatisfy(r -> assertThat(BusinessCalendar.dayOf(r.occurredAt()).minusYears(18).plusDays(1)).isEqualTo(r.dateOfBirth()));
    }

    @Test
    void bothInstitutionsOpenCasesWithTheBorderGuardTakingMost() {
        List<OpenReturnCaseCommand> cases = commands(OpenReturnCaseCommand.class);
        long vrs = cases.stream().filter(c -> c.actor().institution() == Institution.VRS).count();
        assertThat((double) vrs / cases.size()).isBetween(0.75, 0.90);
        assertThat(cases).map(OpenReturnCaseCommand::caseNumber).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).matches("(PMLP|VRS)-20\\d\\d-\\d{6}"));
        assertThat(cases).allSatisfy(c -> assertThat(c.caseNumber()).contains("-" + c.detectedOn().getYear() + "-"));
        assertThat(cases.size()).as("some persons have a second case").isGreaterThan(PERSONS);
    }

    @Test
    void onlyTheBorderGuardDetainsAndRemoves() {
        List<Actor> custody = new ArrayList<>();
        commands(DetainForeignerCommand.class).forEach(c -> custody.add(c.actor()));
        commands(ExtendDetentionCommand.class).forEach(c -> custody.add(c.actor()));
        commands(ReleaseFromDetentionCommand.class).forEach(c -> custody.add(c.actor()));
        commands(RecordRemovalCommand.class).forEach(c -> custody.add(c.actor()));
        assertThat(custody).isNotEmpty().allSatisfy(a -> assertThat(a.institution()).isEqualTo(Institution.VRS));
        assertThat(commands(ExtendDetentionCommand.class)).isNotEmpty().allSatisfy(c -> assertThat(c.courtReference()).isNotBlank());
    }

    @Test
    void decisionsStayWithinTheLegalLimits() {
        assertThat(commands(IssueDepartureOrderCommand.class)).allSatisfy(c -> {
            assertThat(c.voluntaryDepartureDays()).isBetween(7, 30);
            assertThat(c.entryBan() == null || !c.issuedOn().plus(c.entryBan()).isAfter(c.issuedOn().plusYears(3))).isTrue();
        });
        assertThat(commands(IssueForcedExpulsionDecisionCommand.class)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.entryBan()).isIn(Period.ofYears(1), Period.ofYears(2), Period.ofYears(3)));
        assertThat(commands(DetainForeignerCommand.class)).allSatisfy(c ->
                assertThat(c.authorisedUntil()).isBefore(BusinessCalendar.dayOf(c.occurredAt()).plusMonths(6)));
    }

    @Test
    void historiesReachFromTheStartOfTheRangeToToday() {
        List<Instant> times = population.stream().flatMap(s -> s.commands().stream()).map(SyntheticRegisterTest::occurredAt).toList();
        assertThat(times).allSatisfy(t -> assertThat(t).isBetween(BusinessCalendar.startOf(FROM), AS_OF));
        Set<Integer> years = times.stream().map(t -> BusinessCalendar.dayOf(t).getYear()).collect(Collectors.toSet());
        assertThat(years).containsAll(List.of(2020, 2021, 2022, 2023, 2024, 2025));
        assertThat(population).allSatisfy(s -> assertThat(s.commands()).map(SyntheticRegisterTest::occurredAt).isSorted());
    }

    @Test
    void theCaseMixHasEveryOutcome() {
        Set<String> kinds = population.stream().flatMap(s -> s.commands().stream()).map(c -> c.getClass().getSimpleName())
                .collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(
                "RegisterForeignerCommand", "OpenReturnCaseCommand", "DetainForeignerCommand", "ExtendDetentionCommand",
                "ReleaseFromDetentionCommand", "IssueDepartureOrderCommand", "IssueForcedExpulsionDecisionCommand",
                "ImposeEntryBanCommand", "ServeDecisionCommand", "LodgeAppealCommand", "RecordAppealOutcomeCommand",
                "SuspendEnforcementCommand", "ResumeEnforcementCommand", "WithdrawDecisionCommand", "ConfirmDepartureCommand",
                "RecordRemovalCommand", "ShortenEntryBanCommand", "LiftEntryBanCommand", "RecordIdentityDocumentCommand",
                "AmendPersonDataCommand");
        assertThat(commands(RecordAppealOutcomeCommand.class)).map(RecordAppealOutcomeCommand::outcome)
                .contains(AppealOutcome.values());
        assertThat(commands(ConfirmDepartureCommand.class)).map(ConfirmDepartureCommand::assistance)
                .contains(ReturnAssistance.values());
        // departures go home; cases detected lately are still open
        assertThat(commands(ConfirmDepartureCommand.class)).allSatisfy(c -> assertThat(c.destinationCountry()).matches("[A-Z]{2}"));
        long open = population.stream().filter(s -> !(s.commands().get(s.commands().size() - 1) instanceof ConfirmDepartureCommand
                || s.commands().get(s.commands().size() - 1) instanceof ReleaseFromDetentionCommand
                || s.commands().get(s.commands().size() - 1) instanceof RecordRemovalCommand)).count();
        assertThat(open).isPositive();
    }

    @Test
    void idsAreUniqueAcrossThePopulation() {
        Set<String> ids = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Scenario scenario : population) {
            for (Object command : scenario.commands()) {
                if (command instanceof RegisterForeignerCommand r && !ids.add(r.personId())) {
                    duplicates.add(r.personId());
                }
                if (command instanceof OpenReturnCaseCommand o && !ids.add(o.caseId())) {
                    duplicates.add(o.caseId());
                }
            }
        }
        assertThat(duplicates).isEmpty();
    }

    private static int age(RegisterForeignerCommand r) {
        return Period.between(r.dateOfBirth(), BusinessCalendar.dayOf(r.occurredAt())).getYears();
    }

    private static String band(int age) {
        return age < 14 ? "Y_LT14" : age < 18 ? "Y14-17" : age < 35 ? "Y18-34" : "Y_GE35";
    }

    private static <T> List<T> commands(Class<T> type) {
        return population.stream().flatMap(s -> s.commands().stream()).filter(type::isInstance).map(type::cast).toList();
    }

    /** Every command record has an {@code occurredAt} component. */
    private static Instant occurredAt(Object command) {
        try {
            for (RecordComponent component : command.getClass().getRecordComponents()) {
                if (component.getName().equals("occurredAt")) {
                    return (Instant) component.getAccessor().invoke(command);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException(command.getClass() + " has no occurredAt");
    }
}
