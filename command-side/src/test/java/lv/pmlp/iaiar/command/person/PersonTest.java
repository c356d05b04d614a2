package lv.pmlp.iaiar.command.person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import lv.pmlp.iaiar.command.CommandResult;
import lv.pmlp.iaiar.command.rules.LegalLimits;
import lv.pmlp.iaiar.command.rules.LegalLimitsPolicy;
import lv.pmlp.iaiar.command.rules.Rule;
import lv.pmlp.iaiar.command.rules.RuleViolation;
import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.person.DetentionExtendedEvent;
import lv.pmlp.iaiar.events.person.DocumentType;
import lv.pmlp.iaiar.events.person.ForeignerDetainedEvent;
import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;
import lv.pmlp.iaiar.events.person.ForeignerReleasedEvent;
import lv.pmlp.iaiar.events.person.IdentityDocument;
import lv.pmlp.iaiar.events.person.IdentityDocumentRecordedEvent;
import lv.pmlp.iaiar.events.person.PersonDataAmendedEvent;
import lv.pmlp.iaiar.events.person.PersonName;
import lv.pmlp.iaiar.events.person.PersonNames;
import lv.pmlp.iaiar.events.person.PersonalDataErasedEvent;
import lv.pmlp.iaiar.events.person.ReleaseReason;
import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;

class PersonTest {

    // actors
    static final Actor VRS_OFFICER = new Actor("vrs-officer-1", Institution.VRS, "Rīgas pārvalde", Role.OFFICER);
    static final Actor PMLP_OFFICER = new Actor("pmlp-officer-1", Institution.PMLP, "Migrācijas departaments", Role.OFFICER);
    static final Actor VRS_AUDITOR = new Actor("auditor-1", Institution.VRS, "Iekšējā kontrole", Role.AUDITOR);
    static final Actor PMLP_AUDITOR = new Actor("auditor-2", Institution.PMLP, "Iekšējā kontrole", Role.AUDITOR);

    // ids
    static final String PERSON_ID = "person-1";
    static final String DETENTION_ID = "detention-1";
    static final String SECOND_DETENTION_ID = "detention-2";
    static final String CASE_ID = "case-1";
    static final String OTHER_CASE_ID = "case-2";

    // data
    static final PersonNames NAMES = new PersonNames(new PersonName("Иванов", "Иван", "Cyrl"),
            new PersonName("IVANOV", "IVAN", "Latn"), new PersonName("Ivanovs", "Ivans", "Latn"));
    static final LocalDate BORN = LocalDate.of(1990, 5, 17);
    static final IdentityDocument PASSPORT = new IdentityDocument(DocumentType.PASSPORT, "75 1234567", "RU",
            LocalDate.of(2019, 2, 1), LocalDate.of(2029, 2, 1));
    static final IdentityDocument ID_CARD = new IdentityDocument(DocumentType.IDENTITY_CARD, "AB123", "RU",
            LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1));
    static final String LEGAL_BASIS = "Imigrācijas likums 51. pants";
    static final String PLACE = "Daugavpils aizturēto ārzemnieku izmitināšanas centrs";

    // dates
    static final LocalDate REGISTERED_ON = LocalDate.of(2024, 1, 15);
    static final LocalDate DETAINED_ON = LocalDate.of(2024, 3, 1);

    // legal limits: the seed values, and a stricter version from 2025
    static final LegalLimits LIMITS_2000 = new LegalLimits(LocalDate.of(2000, 1, 1), Period.ofYears(3), 7, 30,
            Period.ofMonths(6), Period.ofMonths(18));
    static final LegalLimits LIMITS_2025 = new LegalLimits(LocalDate.of(2025, 1, 1), Period.ofYears(5), 10, 30,
            Period.ofMonths(2), Period.ofMonths(12));

    private AggregateTestFixture<Person> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerInjectableResource(new LegalLimitsPolicy(List.of(LIMITS_2000, LIMITS_2025)));
    }

    /** Ten in the morning, Riga time, of a business day. */
    static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Riga")).toInstant();
    }

    static Matcher<RuleViolation> violates(Rule rule) {
        return new CustomTypeSafeMatcher<>("a RuleViolation of " + rule) {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.rule() == rule;
            }
        };
    }

    // --- commands and events -------------------------------------------------------------------------------

    static RegisterForeignerCommand register(Set<String> citizenships, boolean stateless, Actor actor) {
        return new RegisterForeignerCommand(PERSON_ID, NAMES, BORN, Sex.MALE, citizenships, stateless,
                SubjectCategory.THIRD_COUNTRY_NATIONAL, List.of(PASSPORT), actor, at(REGISTERED_ON));
    }

    static ForeignerRegisteredEvent registered(Set<String> citizenships, boolean stateless, Actor actor) {
        return new ForeignerRegisteredEvent(PERSON_ID, NAMES, BORN, Sex.MALE, citizenships, stateless,
                SubjectCategory.THIRD_COUNTRY_NATIONAL, List.of(PASSPORT), actor, at(REGISTERED_ON));
    }

    static ForeignerRegisteredEvent registered() {
        return registered(Set.of("RU"), false, PMLP_OFFICER);
    }

    static AmendPersonDataCommand amend(PersonNames names, LocalDate born, Sex sex, Set<String> citizenships,
            Boolean stateless, Actor actor) {
        return new AmendPersonDataCommand(PERSON_ID, null, names, born, sex, citizenships, stateless, "Passport data",
                actor, at(REGISTERED_ON.plusDays(1)));
    }

    static DetainForeignerCommand detain(String detentionId, String caseId, LocalDate on, LocalDate until, Actor actor) {
        return new DetainForeignerCommand(PERSON_ID, null, detentionId, caseId, LEGAL_BASIS, PLACE, until, actor, at(on));
    }

    static DetainForeignerCommand detain(LocalDate on, LocalDate until) {
        return detain(DETENTION_ID, CASE_ID, on, until, VRS_OFFICER);
    }

    static ForeignerDetainedEvent detained(String detentionId, String caseId, LocalDate on, LocalDate until) {
        return new ForeignerDetainedEvent(PERSON_ID, detentionId, caseId, LEGAL_BASIS, PLACE, until, VRS_OFFICER, at(on));
    }

    static ForeignerDetainedEvent detained(LocalDate on, LocalDate until) {
        return detained(DETENTION_ID, CASE_ID, on, until);
    }

    static ExtendDetentionCommand extend(String detentionId, LocalDate until, LocalDate on, Actor actor) {
        return new ExtendDetentionCommand(PERSON_ID, null, detentionId, until, "A123-45/2024", LEGAL_BASIS, actor, at(on));
    }

    static DetentionExtendedEvent extended(String detentionId, LocalDate from, LocalDate until, LocalDate on) {
        return new DetentionExtendedEvent(PERSON_ID, detentionId, from, until, "A123-45/2024", LEGAL_BASIS, VRS_OFFICER, at(on));
    }

    static ReleaseFromDetentionCommand release(String detentionId, LocalDate on, Actor actor) {
        return new ReleaseFromDetentionCommand(PERSON_ID, null, detentionId, ReleaseReason.COURT_ORDER, "Court order",
                actor, at(on));
    }

    static ForeignerReleasedEvent released(String detentionId, LocalDate on) {
        return new ForeignerReleasedEvent(PERSON_ID, detentionId, ReleaseReason.COURT_ORDER, "Court order", VRS_OFFICER, at(on));
    }

    // --- registration --------------------------------------------------------------------------------------

    @Nested
    class RegisterForeigner {

        @Test
        void aPmlpOfficerRegistersAForeigner() {
            fixture.givenNoPriorActivity()
                    .when(register(Set.of("RU"), false, PMLP_OFFICER))
                    .expectEvents(registered(Set.of("RU"), false, PMLP_OFFICER))
                    .expectResultMessagePayload(PERSON_ID);
        }

        @Test
        void aVrsOfficerRegistersAForeigner() {
            fixture.givenNoPriorActivity()
                    .when(register(Set.of("RU"), false, VRS_OFFICER))
                    .expectEvents(registered(Set.of("RU"), false, VRS_OFFICER))
                    .expectResultMessagePayload(PERSON_ID);
        }

        @Test
        void anAuditorMayNotRegisterAForeigner() {
            fixture.givenNoPriorActivity()
                    .when(register(Set.of("RU"), false, PMLP_AUDITOR))
                    .expectNoEvents()
                    .expectException(violates(Rule.ROLE_MAY_NOT_WRITE));
        }

        @Test
        void theRegistersOwnTimersMayNotRegisterAForeigner() {
            fixture.givenNoPriorActivity()
                    .when(register(Set.of("RU"), false, Actor.SYSTEM))
                    .expectNoEvents()
                    .expectException(violates(Rule.ROLE_MAY_NOT_WRITE));
        }

        @Test
        void aLatvianCitizenIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(register(Set.of("LV"), false, PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.LATVIAN_CITIZEN_IS_NOT_A_FOREIGNER));
        }

        @Test
        void aLatvianNonCitizenIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(register(Set.of("LVA"), false, PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.LATVIAN_CITIZEN_IS_NOT_A_FOREIGNER));
        }

        @Test
        void aDualCitizenHoldingLatvianCitizenshipIsRefusedWhateverTheLetterCase() {
            fixture.givenNoPriorActivity()
                    .when(register(Set.of("UA", "lv"), false, PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.LATVIAN_CITIZEN_IS_NOT_A_FOREIGNER));
        }

        @Test
        void aStatelessPersonWithoutCitizenshipIsRegistered() {
            fixture.givenNoPriorActivity()
                    .when(register(Set.of(), true, PMLP_OFFICER))
                    .expectEvents(registered(Set.of(), true, PMLP_OFFICER))
                    .expectResultMessagePayload(PERSON_ID);
        }

        @Test
        void aStatelessPersonWithACitizenshipIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(register(Set.of("RU"), true, PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.CITIZENSHIP_OR_STATELESS_REQUIRED));
        }

        @Test
        void aPersonWithNeitherCitizenshipNorStatelessnessIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(register(Set.of(), false, PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.CITIZENSHIP_OR_STATELESS_REQUIRED));
        }
    }

    // --- amendments and documents --------------------------------------------------------------------------

    @Nested
    class AmendPersonData {

        @Test
        void anAmendmentRecordsOnlyTheFieldsThatChange() {
            fixture.given(registered())
                    .when(amend(NAMES, LocalDate.of(1990, 5, 18), Sex.MALE, Set.of("RU"), false, VRS_OFFICER))
                    .expectEvents(new PersonDataAmendedEvent(PERSON_ID, null, LocalDate.of(1990, 5, 18), null, null, null,
                            "Passport data", VRS_OFFICER, at(REGISTERED_ON.plusDays(1))))
                    .expectResultMessagePayload(new CommandResult(PERSON_ID, 1));
        }

        @Test
        void anAmendmentThatChangesNothingIsRefused() {
            fixture.given(registered())
                    .when(amend(NAMES, BORN, Sex.MALE, Set.of("RU"), null, PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.NOTHING_TO_AMEND));
        }

        @Test
        void aPersonFoundStatelessLosesTheirCitizenships() {
            fixture.given(registered())
                    .when(amend(null, null, null, Set.of(), true, PMLP_OFFICER))
                    .expectEvents(new PersonDataAmendedEvent(PERSON_ID, null, null, null, Set.of(), true,
                            "Passport data", PMLP_OFFICER, at(REGISTERED_ON.plusDays(1))))
                    .expectResultMessagePayload(new CommandResult(PERSON_ID, 1));
        }

        @Test
        void markingAPersonStatelessWhileKeepingTheirCitizenshipIsRefused() {
            fixture.given(registered())
                    .when(amend(null, null, null, null, true, PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.CITIZENSHIP_OR_STATELESS_REQUIRED));
        }

        @Test
        void amendingTheCitizenshipToLatvianIsRefused() {
            fixture.given(registered())
                    .when(amend(null, null, null, Set.of("LV"), null, PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.LATVIAN_CITIZEN_IS_NOT_A_FOREIGNER));
        }

        @Test
        void anAuditorMayNotAmendPersonData() {
            fixture.given(registered())
                    .when(amend(null, LocalDate.of(1990, 5, 18), null, null, null, PMLP_AUDITOR))
                    .expectNoEvents()
                    .expectException(violates(Rule.ROLE_MAY_NOT_WRITE));
        }
    }

    @Nested
    class RecordIdentityDocument {

        @Test
        void aNewDocumentIsRecorded() {
            fixture.given(registered())
                    .when(new RecordIdentityDocumentCommand(PERSON_ID, null, ID_CARD, VRS_OFFICER, at(DETAINED_ON)))
                    .expectEvents(new IdentityDocumentRecordedEvent(PERSON_ID, ID_CARD, VRS_OFFICER, at(DETAINED_ON)))
                    .expectResultMessagePayload(new CommandResult(PERSON_ID, 1));
        }

        @Test
        void aDocumentAlreadyRecordedIsRefusedEvenWrittenInOtherLetterCase() {
            IdentityDocument samePassport = new IdentityDocument(DocumentType.PASSPORT, "75 1234567", "ru", null, null);
            fixture.given(registered())
                    .when(new RecordIdentityDocumentCommand(PERSON_ID, null, samePassport, VRS_OFFICER, at(DETAINED_ON)))
                    .expectNoEvents()
                    .expectException(violates(Rule.IDENTITY_DOCUMENT_ALREADY_RECORDED));
        }

        @Test
        void aDocumentRecordedByAnAmendmentIsKnownAfterwards() {
            fixture.given(registered(), new IdentityDocumentRecordedEvent(PERSON_ID, ID_CARD, VRS_OFFICER, at(DETAINED_ON)))
                    .when(new RecordIdentityDocumentCommand(PERSON_ID, null, ID_CARD, PMLP_OFFICER, at(DETAINED_ON)))
                    .expectNoEvents()
                    .expectException(violates(Rule.IDENTITY_DOCUMENT_ALREADY_RECORDED));
        }
    }

    // --- detention -----------------------------------------------------------------------------------------

    @Nested
    class DetainForeigner {

        @Test
        void aBorderGuardOfficerDetainsAForeigner() {
            fixture.given(registered())
                    .when(detain(DETAINED_ON, LocalDate.of(2024, 5, 31)))
                    .expectEvents(detained(DETAINED_ON, LocalDate.of(2024, 5, 31)))
                    .expectResultMessagePayload(new CommandResult(DETENTION_ID, 1));
        }

        @Test
        void aPmlpOfficerMayNotDetain() {
            fixture.given(registered())
                    .when(detain(DETENTION_ID, CASE_ID, DETAINED_ON, LocalDate.of(2024, 5, 31), PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_RESERVED_FOR_VRS));
        }

        @Test
        void aBorderGuardAuditorMayNotDetain() {
            fixture.given(registered())
                    .when(detain(DETENTION_ID, CASE_ID, DETAINED_ON, LocalDate.of(2024, 5, 31), VRS_AUDITOR))
                    .expectNoEvents()
                    .expectException(violates(Rule.ROLE_MAY_NOT_WRITE));
        }

        @Test
        void reusingTheIdOfARecordedDetentionIsRefused() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 3, 31)), released(DETENTION_ID, LocalDate.of(2024, 3, 10)))
                    .when(detain(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_ALREADY_RECORDED));
        }

        @Test
        void aDetainedForeignerCannotBeDetainedAgain() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 5, 31)))
                    .when(detain(SECOND_DETENTION_ID, CASE_ID, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.FOREIGNER_ALREADY_DETAINED));
        }

        @Test
        void aForeignerReleasedEarlierMayBeDetainedAgain() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 3, 31)), released(DETENTION_ID, LocalDate.of(2024, 3, 10)))
                    .when(detain(SECOND_DETENTION_ID, CASE_ID, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30), VRS_OFFICER))
                    .expectEvents(detained(SECOND_DETENTION_ID, CASE_ID, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30)))
                    .expectResultMessagePayload(new CommandResult(SECOND_DETENTION_ID, 3));
        }

        @Test
        void aDetentionStartingWithinAnEarlierDetentionIsRefused() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 3, 31)), released(DETENTION_ID, LocalDate.of(2024, 3, 10)))
                    .when(detain(SECOND_DETENTION_ID, CASE_ID, LocalDate.of(2024, 3, 5), LocalDate.of(2024, 4, 30), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_OVERLAPS_EARLIER_DETENTION));
        }

        @Test
        void aBackDatedDetentionRunningIntoAnEarlierRecordedOneIsRefused() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 3, 31)), released(DETENTION_ID, LocalDate.of(2024, 3, 10)))
                    .when(detain(SECOND_DETENTION_ID, CASE_ID, LocalDate.of(2024, 2, 20), LocalDate.of(2024, 3, 5), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_OVERLAPS_EARLIER_DETENTION));
        }

        @Test
        void aBackDatedDetentionEndingBeforeAnEarlierRecordedOneIsAccepted() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 3, 31)), released(DETENTION_ID, LocalDate.of(2024, 3, 10)))
                    .when(detain(SECOND_DETENTION_ID, CASE_ID, LocalDate.of(2024, 2, 20), LocalDate.of(2024, 2, 29), VRS_OFFICER))
                    .expectEvents(detained(SECOND_DETENTION_ID, CASE_ID, LocalDate.of(2024, 2, 20), LocalDate.of(2024, 2, 29)))
                    .expectResultMessagePayload(new CommandResult(SECOND_DETENTION_ID, 3));
        }

        @Test
        void aDetentionMayBeAuthorisedForItsFirstDayOnly() {
            fixture.given(registered())
                    .when(detain(DETAINED_ON, DETAINED_ON))
                    .expectEvents(detained(DETAINED_ON, DETAINED_ON))
                    .expectResultMessagePayload(new CommandResult(DETENTION_ID, 1));
        }

        @Test
        void aDetentionAuthorisedUntilBeforeItStartsIsRefused() {
            fixture.given(registered())
                    .when(detain(DETAINED_ON, DETAINED_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_PERIOD_INVALID));
        }

        @Test
        void aFirstAuthorisationUpToTheInitialMaximumIsAccepted() {
            // 1 March + 6 months = 1 September; the last day within six months is 31 August
            fixture.given(registered())
                    .when(detain(DETAINED_ON, LocalDate.of(2024, 8, 31)))
                    .expectEvents(detained(DETAINED_ON, LocalDate.of(2024, 8, 31)))
                    .expectResultMessagePayload(new CommandResult(DETENTION_ID, 1));
        }

        @Test
        void aFirstAuthorisationBeyondTheInitialMaximumIsRefused() {
            fixture.given(registered())
                    .when(detain(DETAINED_ON, LocalDate.of(2024, 9, 1)))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_EXCEEDS_INITIAL_MAXIMUM));
        }

        @Test
        void aDetentionStartingBeforeNewLimitsTakeEffectIsCheckedAgainstTheOldLimits() {
            // five months: within the six months of 2000, beyond the two months of 2025
            fixture.given(registered())
                    .when(detain(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 5, 19)))
                    .expectEvents(detained(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 5, 19)))
                    .expectResultMessagePayload(new CommandResult(DETENTION_ID, 1));
        }

        @Test
        void aDetentionStartingAfterNewLimitsTakeEffectIsCheckedAgainstTheNewLimits() {
            fixture.given(registered())
                    .when(detain(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 5, 19)))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_EXCEEDS_INITIAL_MAXIMUM));
        }

        @Test
        void aDetentionWithinTheNewInitialMaximumIsAccepted() {
            fixture.given(registered())
                    .when(detain(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 3, 9)))
                    .expectEvents(detained(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 3, 9)))
                    .expectResultMessagePayload(new CommandResult(DETENTION_ID, 1));
        }

        @Test
        void aDetentionBeforeAnyLegalLimitsWereInForceIsRefused() {
            fixture.given(registered())
                    .when(detain(LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 31)))
                    .expectNoEvents()
                    .expectException(violates(Rule.NO_LEGAL_LIMITS_IN_FORCE));
        }

        @Test
        void aSecondDetentionForTheSameReturnCaseMayUseTheRestOfTheCumulativeMaximum() {
            // 2023-01-01 + 18 months = 2024-07-01: 547 days; the first detention used 396 of them
            fixture.given(registered(),
                            detained(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30)),
                            extended(DETENTION_ID, LocalDate.of(2023, 6, 30), LocalDate.of(2024, 1, 31), LocalDate.of(2023, 6, 20)),
                            released(DETENTION_ID, LocalDate.of(2024, 1, 31)))
                    .when(detain(SECOND_DETENTION_ID, CASE_ID, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 6, 30), VRS_OFFICER))
                    .expectEvents(detained(SECOND_DETENTION_ID, CASE_ID, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 6, 30)))
                    .expectResultMessagePayload(new CommandResult(SECOND_DETENTION_ID, 4));
        }

        @Test
        void aSecondDetentionForTheSameReturnCaseBeyondTheCumulativeMaximumIsRefused() {
            fixture.given(registered(),
                            detained(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30)),
                            extended(DETENTION_ID, LocalDate.of(2023, 6, 30), LocalDate.of(2024, 1, 31), LocalDate.of(2023, 6, 20)),
                            released(DETENTION_ID, LocalDate.of(2024, 1, 31)))
                    .when(detain(SECOND_DETENTION_ID, CASE_ID, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 7, 1), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_EXCEEDS_CUMULATIVE_MAXIMUM));
        }

        @Test
        void aDetentionForAnotherReturnCaseDoesNotCountTowardsTheCumulativeMaximum() {
            fixture.given(registered(),
                            detained(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30)),
                            extended(DETENTION_ID, LocalDate.of(2023, 6, 30), LocalDate.of(2024, 1, 31), LocalDate.of(2023, 6, 20)),
                            released(DETENTION_ID, LocalDate.of(2024, 1, 31)))
                    .when(detain(SECOND_DETENTION_ID, OTHER_CASE_ID, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 7, 1), VRS_OFFICER))
                    .expectEvents(detained(SECOND_DETENTION_ID, OTHER_CASE_ID, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 7, 1)))
                    .expectResultMessagePayload(new CommandResult(SECOND_DETENTION_ID, 4));
        }
    }

    @Nested
    class ExtendDetention {

        @Test
        void aBorderGuardOfficerExtendsAnOpenDetention() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 5, 31)))
                    .when(extend(DETENTION_ID, LocalDate.of(2024, 8, 31), LocalDate.of(2024, 5, 20), VRS_OFFICER))
                    .expectEvents(extended(DETENTION_ID, LocalDate.of(2024, 5, 31), LocalDate.of(2024, 8, 31), LocalDate.of(2024, 5, 20)))
                    .expectResultMessagePayload(new CommandResult(DETENTION_ID, 2));
        }

        @Test
        void anExtensionWithoutACourtReferenceIsRefused() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 5, 31)))
                    .when(new ExtendDetentionCommand(PERSON_ID, null, DETENTION_ID, LocalDate.of(2024, 8, 31), " ",
                            LEGAL_BASIS, VRS_OFFICER, at(LocalDate.of(2024, 5, 20))))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_EXTENSION_NEEDS_COURT_REFERENCE));
        }

        @Test
        void aPmlpOfficerMayNotExtendADetention() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 5, 31)))
                    .when(extend(DETENTION_ID, LocalDate.of(2024, 8, 31), LocalDate.of(2024, 5, 20), PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_RESERVED_FOR_VRS));
        }

        @Test
        void extendingAnUnknownDetentionIsRefused() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 5, 31)))
                    .when(extend(SECOND_DETENTION_ID, LocalDate.of(2024, 8, 31), LocalDate.of(2024, 5, 20), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_NOT_FOUND));
        }

        @Test
        void extendingAnEndedDetentionIsRefused() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 5, 31)), released(DETENTION_ID, LocalDate.of(2024, 4, 1)))
                    .when(extend(DETENTION_ID, LocalDate.of(2024, 8, 31), LocalDate.of(2024, 5, 20), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.FOREIGNER_NOT_DETAINED));
        }

        @Test
        void anExtensionToTheDayAlreadyAuthorisedIsRefused() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 5, 31)))
                    .when(extend(DETENTION_ID, LocalDate.of(2024, 5, 31), LocalDate.of(2024, 5, 20), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_EXTENSION_MUST_EXTEND));
        }

        @Test
        void anExtensionRunningIntoALaterRecordedDetentionIsRefused() {
            fixture.given(registered(),
                            detained(DETAINED_ON, LocalDate.of(2024, 3, 31)),
                            released(DETENTION_ID, LocalDate.of(2024, 3, 10)),
                            detained(SECOND_DETENTION_ID, CASE_ID, LocalDate.of(2024, 2, 20), LocalDate.of(2024, 2, 29)))
                    .when(extend(SECOND_DETENTION_ID, LocalDate.of(2024, 3, 5), LocalDate.of(2024, 2, 25), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_OVERLAPS_EARLIER_DETENTION));
        }

        @Test
        void anExtensionUpToTheCumulativeMaximumIsAccepted() {
            // 2024-01-01 + 18 months = 2025-07-01, so the last permitted day is 2025-06-30
            fixture.given(registered(), detained(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)))
                    .when(extend(DETENTION_ID, LocalDate.of(2025, 6, 30), LocalDate.of(2024, 6, 20), VRS_OFFICER))
                    .expectEvents(extended(DETENTION_ID, LocalDate.of(2024, 6, 30), LocalDate.of(2025, 6, 30), LocalDate.of(2024, 6, 20)))
                    .expectResultMessagePayload(new CommandResult(DETENTION_ID, 2));
        }

        @Test
        void anExtensionBeyondTheCumulativeMaximumIsRefused() {
            fixture.given(registered(), detained(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)))
                    .when(extend(DETENTION_ID, LocalDate.of(2025, 7, 1), LocalDate.of(2024, 6, 20), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_EXCEEDS_CUMULATIVE_MAXIMUM));
        }

        @Test
        void anExtensionCountsEveryEarlierDetentionOfTheSameReturnCase() {
            fixture.given(registered(),
                            detained(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30)),
                            extended(DETENTION_ID, LocalDate.of(2023, 6, 30), LocalDate.of(2024, 1, 31), LocalDate.of(2023, 6, 20)),
                            released(DETENTION_ID, LocalDate.of(2024, 1, 31)),
                            detained(SECOND_DETENTION_ID, CASE_ID, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 5, 31)))
                    .when(extend(SECOND_DETENTION_ID, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 5, 20), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_EXCEEDS_CUMULATIVE_MAXIMUM));
        }

        @Test
        void anExtensionIsCheckedAgainstTheLimitsInForceOnTheDayItIsGranted() {
            // started under the 18-month maximum, extended under the 12-month maximum of 2025
            fixture.given(registered(), detained(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 3, 31)))
                    .when(extend(DETENTION_ID, LocalDate.of(2025, 10, 31), LocalDate.of(2025, 3, 20), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_EXCEEDS_CUMULATIVE_MAXIMUM));
        }
    }

    @Nested
    class ReleaseFromDetention {

        @Test
        void aBorderGuardOfficerReleasesADetainedForeigner() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 5, 31)))
                    .when(release(DETENTION_ID, LocalDate.of(2024, 4, 15), VRS_OFFICER))
                    .expectEvents(released(DETENTION_ID, LocalDate.of(2024, 4, 15)))
                    .expectResultMessagePayload(new CommandResult(DETENTION_ID, 2));
        }

        @Test
        void aPmlpOfficerMayNotRelease() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 5, 31)))
                    .when(release(DETENTION_ID, LocalDate.of(2024, 4, 15), PMLP_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_RESERVED_FOR_VRS));
        }

        @Test
        void releasingSomeoneWhoIsNoLongerDetainedIsRefused() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 5, 31)), released(DETENTION_ID, LocalDate.of(2024, 4, 15)))
                    .when(release(DETENTION_ID, LocalDate.of(2024, 4, 20), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.FOREIGNER_NOT_DETAINED));
        }

        @Test
        void releasingFromAnUnknownDetentionIsRefused() {
            fixture.given(registered())
                    .when(release(DETENTION_ID, LocalDate.of(2024, 4, 15), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.DETENTION_NOT_FOUND));
        }

        @Test
        void aReleaseOnTheDayTheDetentionStartedIsAccepted() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 5, 31)))
                    .when(release(DETENTION_ID, DETAINED_ON, VRS_OFFICER))
                    .expectEvents(released(DETENTION_ID, DETAINED_ON))
                    .expectResultMessagePayload(new CommandResult(DETENTION_ID, 2));
        }

        @Test
        void aReleaseBeforeTheDetentionStartedIsRefused() {
            fixture.given(registered(), detained(DETAINED_ON, LocalDate.of(2024, 5, 31)))
                    .when(release(DETENTION_ID, DETAINED_ON.minusDays(1), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.RELEASE_BEFORE_DETENTION_START));
        }
    }

    @Nested
    class ErasePersonalData {

        final java.time.Instant erasedAt = at(LocalDate.of(2031, 1, 1));

        @Test
        void theRetentionProcessErasesAPersonsData() {
            fixture.given(registered())
                    .when(new ErasePersonalDataCommand(PERSON_ID, "retention ended", Actor.SYSTEM, erasedAt))
                    .expectEvents(new PersonalDataErasedEvent(PERSON_ID, "retention ended", Actor.SYSTEM, erasedAt))
                    .expectResultMessagePayload(new CommandResult(PERSON_ID, 1));
        }

        @Test
        void anOfficerCannotEraseAPersonsData() {
            fixture.given(registered())
                    .when(new ErasePersonalDataCommand(PERSON_ID, "asked to", PMLP_OFFICER, erasedAt))
                    .expectNoEvents()
                    .expectException(violates(Rule.ERASURE_ONLY_BY_RETENTION));
        }

        @Test
        void nothingMoreIsRecordedAboutAnErasedPerson() {
            fixture.given(registered(), new PersonalDataErasedEvent(PERSON_ID, "retention ended", Actor.SYSTEM, erasedAt))
                    .when(detain(DETENTION_ID, null, LocalDate.of(2031, 2, 1), LocalDate.of(2031, 2, 10), VRS_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(Rule.PERSON_ERASED));
        }

        @Test
        void aPersonIsErasedOnlyOnce() {
            fixture.given(registered(), new PersonalDataErasedEvent(PERSON_ID, "retention ended", Actor.SYSTEM, erasedAt))
                    .when(new ErasePersonalDataCommand(PERSON_ID, "again", Actor.SYSTEM, erasedAt))
                    .expectNoEvents()
                    .expectException(violates(Rule.PERSON_ERASED));
        }

        @Test
        void eventsWhoseKeyIsGoneStillRebuildThePerson() {
            var unreadable = new ForeignerRegisteredEvent(PERSON_ID, null, null, Sex.MALE, Set.of("RU"), false,
                    SubjectCategory.THIRD_COUNTRY_NATIONAL, null, PMLP_OFFICER, at(REGISTERED_ON));
            fixture.given(unreadable, new IdentityDocumentRecordedEvent(PERSON_ID, null, PMLP_OFFICER, at(REGISTERED_ON)),
                            new PersonalDataErasedEvent(PERSON_ID, "retention ended", Actor.SYSTEM, erasedAt))
                    .when(new ErasePersonalDataCommand(PERSON_ID, "again", Actor.SYSTEM, erasedAt))
                    .expectNoEvents()
                    .expectException(violates(Rule.PERSON_ERASED));
        }
    }
}
