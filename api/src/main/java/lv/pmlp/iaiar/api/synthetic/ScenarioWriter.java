package lv.pmlp.iaiar.api.synthetic;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import lv.pmlp.iaiar.command.person.AmendPersonDataCommand;
import lv.pmlp.iaiar.command.person.DetainForeignerCommand;
import lv.pmlp.iaiar.command.person.ExtendDetentionCommand;
import lv.pmlp.iaiar.command.person.RecordIdentityDocumentCommand;
import lv.pmlp.iaiar.command.person.RegisterForeignerCommand;
import lv.pmlp.iaiar.command.person.ReleaseFromDetentionCommand;
import lv.pmlp.iaiar.command.returncase.ConfirmDepartureCommand;
import lv.pmlp.iaiar.command.returncase.ImposeEntryBanCommand;
import lv.pmlp.iaiar.command.returncase.IssueDepartureOrderCommand;
import lv.pmlp.iaiar.command.returncase.IssueForcedExpulsionDecisionCommand;
import lv.pmlp.iaiar.command.returncase.LiftEntryBanCommand;
import lv.pmlp.iaiar.command.returncase.LodgeAppealCommand;
import lv.pmlp.iaiar.command.returncase.OpenReturnCaseCommand;
import lv.pmlp.iaiar.command.returncase.RecordAppealOutcomeCommand;
import lv.pmlp.iaiar.command.returncase.RecordRemovalCommand;
import lv.pmlp.iaiar.command.returncase.ResumeEnforcementCommand;
import lv.pmlp.iaiar.command.returncase.ServeDecisionCommand;
import lv.pmlp.iaiar.command.returncase.ShortenEntryBanCommand;
import lv.pmlp.iaiar.command.returncase.SuspendEnforcementCommand;
import lv.pmlp.iaiar.command.returncase.WithdrawDecisionCommand;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.person.DocumentType;
import lv.pmlp.iaiar.events.person.IdentityDocument;
import lv.pmlp.iaiar.events.person.PersonNames;
import lv.pmlp.iaiar.events.person.ReleaseReason;
import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;
import lv.pmlp.iaiar.events.returncase.AppealOutcome;
import lv.pmlp.iaiar.events.returncase.AppealType;
import lv.pmlp.iaiar.events.returncase.BanLiftReason;
import lv.pmlp.iaiar.events.returncase.DecisionType;
import lv.pmlp.iaiar.events.returncase.ReturnAssistance;
import lv.pmlp.iaiar.events.returncase.ReturnGround;
import lv.pmlp.iaiar.events.returncase.SuspensionReason;

/**
 * Writes one person's scenario. It keeps a small model of the person's custody and of the case's decision and
 * ban, so that every command it writes is one the aggregates accept, and counts the events each will record.
 * Business days only move forward; the first act that would fall after {@code asOf} ends the scenario, which is
 * how recent cases stay open. Timer commands (missed deadline, ban expiry) are left to the register's timer.
 */
final class ScenarioWriter {

    /** Thrown when the next act lies in the future; what was written so far is a valid, shorter history. */
    private static final class Truncated extends RuntimeException {
        Truncated() {
            super(null, null, false, false);
        }
    }

    private static final Truncated TRUNCATED = new Truncated();

    /** Stay well under the 18-month cumulative maximum, whatever version of the legal limits is in force. */
    private static final int MAX_DETENTION_DAYS_PER_CASE = 365;
    private static final int[] DEPARTURE_DAYS = {7, 7, 10, 14, 14, 20, 30, 30};

    private enum Archetype {
        VOLUNTARY_DEPARTURE, MISSED_THEN_EXPULSION, DIRECT_EXPULSION, APPEAL, SUSPENSION, WITHDRAWAL, ABSCONDED, AWAITING_DECISION
    }

    private enum BanState { NONE, PENDING, ACTIVE, ENDED }

    private final long seed;
    private final int index;
    private final SplittableRandom random;
    private final LocalDate from;
    private final LocalDate today;
    private final Instant asOf;
    private final CaseNumberAllocator caseNumbers;

    private final List<Object> commands = new ArrayList<>();
    private int events;
    private Instant clock;

    private String personId;
    private Nationality nationality;
    private NameBook.Entry name;
    private String script;
    private PersonNames names;
    private Sex sex;
    private LocalDate bornOn;
    private final List<IdentityDocument> documents = new ArrayList<>();

    private int detentionNo;
    private String openDetention;
    private LocalDate detainedOn;
    private LocalDate authorisedUntil;

    private int caseNo;
    private String caseId;
    private Institution institution;
    private Actor caseOfficer;
    private int detentionDaysInCase;

    private int decisionNo;
    private String decisionId;
    private DecisionType decisionType;
    private boolean decisionInForce;
    private boolean suspended;
    private String banId;
    private BanState banState = BanState.NONE;
    private Period banDuration;
    private LocalDate banStart;

    /** Gives out case numbers {@code {institution}-{year}-{seq}}; the generator shares one across all persons. */
    interface CaseNumberAllocator {
        String next(Institution institution, int year);
    }

    ScenarioWriter(long seed, int index, LocalDate from, Instant asOf, CaseNumberAllocator caseNumbers) {
        this.seed = seed;
        this.index = index;
        this.random = new SplittableRandom(mix(mix(seed) + index));
        this.from = from;
        this.asOf = asOf;
        this.today = BusinessCalendar.dayOf(asOf);
        this.caseNumbers = caseNumbers;
    }

    Scenario write() {
        try {
            person();
        } catch (Truncated rest) {
            // the rest of this person's history lies after asOf
        }
        return new Scenario(index, personId, commands, events);
    }

    // --- the person ---------------------------------------------------------------------------------------

    private void person() {
        personId = id("person");
        nationality = Nationality.draw(random);
        sex = random.nextInt(100) < 25 ? Sex.FEMALE : Sex.MALE;
        NameBook.Group group = nationality.names().get(random.nextInt(nationality.names().size()));
        name = group.pick(sex, random);
        script = group.script();
        names = name.toNames(script, random.nextInt(100) < 40);
        // found by yesterday at the latest, so every generated person is at least registered
        LocalDate detected = from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, today)));
        bornOn = birthDate(detected);
        institution = Staff.caseInstitution(random);
        caseOfficer = Staff.of(institution, random);
        SubjectCategory category = nationality.category();
        if (category == SubjectCategory.THIRD_COUNTRY_NATIONAL && !nationality.stateless() && chance(1)) {
            category = SubjectCategory.UNION_CITIZEN_FAMILY_MEMBER;
        }
        if (!nationality.stateless() && chance(85)) {
            documents.add(document(detected));
        }
        Instant at = at(detected);
        add(new RegisterForeignerCommand(personId, names, bornOn, sex,
                nationality.stateless() ? Set.of() : Set.of(nationality.code()), nationality.stateless(), category,
                List.copyOf(documents), caseOfficer, at), 1);

        returnCase(detected);
        if (caseEnded() && chance(12)) {
            LocalDate again = later(180, 1000);
            institution = Staff.caseInstitution(random);
            caseOfficer = Staff.of(institution, random);
            returnCase(again);
        }
    }

    /** Ages 0 to 70 at detection in the Eurostat bands, with some exactly on or just before a band's edge. */
    private LocalDate birthDate(LocalDate detected) {
        int roll = random.nextInt(100);
        if (roll < 4) {
            int edge = new int[] {14, 18, 35}[random.nextInt(3)];
            LocalDate birthday = detected.minusYears(edge);
            return random.nextBoolean() ? birthday : birthday.plusDays(1);
        }
        int age;
        if (roll < 11) {
            age = random.nextInt(14);
        } else if (roll < 17) {
            age = 14 + random.nextInt(4);
        } else if (roll < 68) {
            age = 18 + random.nextInt(17);
        } else {
            age = 35 + random.nextInt(36);
        }
        return detected.minusYears(age).minusDays(random.nextInt(365));
    }

    private boolean adultOn(LocalDate day) {
        return !bornOn.plusYears(18).isAfter(day);
    }

    private IdentityDocument document(LocalDate seenOn) {
        boolean minor = !adultOn(seenOn);
        LocalDate issued = seenOn.minusDays(30 + random.nextInt(minor ? 4 * 365 : 9 * 365));
        if (!issued.isAfter(bornOn)) {
            issued = bornOn.plusDays(random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(bornOn, seenOn))));
        }
        DocumentType type = nationality.unionCitizen() && random.nextBoolean() ? DocumentType.IDENTITY_CARD : DocumentType.PASSPORT;
        String number;
        do {
            number = nationality.passportNumber(random);
        } while (knows(number));
        return new IdentityDocument(type, number, nationality.alpha3(), issued, issued.plusYears(minor ? 5 : 10).minusDays(1));
    }

    private boolean knows(String number) {
        return documents.stream().anyMatch(d -> d.number().equals(number));
    }

    /** Identity work after the first contact: documents turn up, the Latvian form or the birth date is settled. */
    private void identityFollowUps() {
        if (!nationality.stateless() && (documents.isEmpty() ? chance(50) : chance(5))) {
            IdentityDocument found = document(currentDay());
            Instant at = at(later(1, 30));
            documents.add(found);
            add(new RecordIdentityDocumentCommand(personId, null, found, caseOfficer, at), 1);
        }
        if (chance(5)) {
            Instant at = at(later(0, 10));
            if (name.latvianSurname() != null && names.latvian() == null) {
                names = name.toNames(script, true);
                add(new AmendPersonDataCommand(personId, null, names, null, null, null, null,
                        "Latviešu valodas forma pēc personvārdu atveides noteikumiem", caseOfficer, at), 1);
            } else {
                // a correction never makes the person born after they were found
                LocalDate corrected = bornOn.plusDays(random.nextBoolean() && bornOn.plusDays(31).isBefore(currentDay())
                        ? 1 + random.nextInt(30) : -1 - random.nextInt(30));
                bornOn = corrected;
                add(new AmendPersonDataCommand(personId, null, null, corrected, null, null, null,
                        "Dzimšanas datums precizēts pēc dokumenta", caseOfficer, at), 1);
            }
        }
    }

    // --- the case -----------------------------------------------------------------------------------------

    private void returnCase(LocalDate detected) {
        Instant at = at(detected);
        caseNo++;
        caseId = id("case-" + caseNo);
        detentionDaysInCase = 0;
        decisionInForce = false;
        banState = BanState.NONE;
        add(new OpenReturnCaseCommand(caseId, caseNumbers.next(institution, detected.getYear()), personId, grounds(), detected,
                "Imigrācijas likums, 41. pants", caseOfficer, at), 1);
        identityFollowUps();
        switch (archetype(detected)) {
            case VOLUNTARY_DEPARTURE -> voluntaryDeparture();
            case MISSED_THEN_EXPULSION -> missedThenExpulsion();
            case DIRECT_EXPULSION -> directExpulsion();
            case APPEAL -> appeal();
            case SUSPENSION -> suspension();
            case WITHDRAWAL -> withdrawal();
            case ABSCONDED -> absconded();
            case AWAITING_DECISION -> {
                // identity still being established; the case stays open without a decision
            }
        }
        banAfterwards();
    }

    private Archetype archetype(LocalDate detected) {
        int roll = random.nextInt(100);
        if (nationality.unionCitizen() || !adultOn(detected)) {
            // no detention of minors or Union citizens in these data: they get orders to leave
            return roll < 75 ? Archetype.VOLUNTARY_DEPARTURE : roll < 85 ? Archetype.WITHDRAWAL : roll < 93 ? Archetype.APPEAL
                    : Archetype.ABSCONDED;
        }
        if (roll < 3 && ChronoUnit.DAYS.between(detected, today) < 120) {
            return Archetype.AWAITING_DECISION;
        }
        // Most returns are departure orders met or ignored; forced expulsion is the exception (2021: VRS 1 300
        // orders and 80 removals). It is kept at about one case in six so small populations still exercise
        // detention, extension and removal.
        return roll < 64 ? Archetype.VOLUNTARY_DEPARTURE : roll < 70 ? Archetype.MISSED_THEN_EXPULSION
                : roll < 75 ? Archetype.DIRECT_EXPULSION : roll < 80 ? Archetype.APPEAL : roll < 82 ? Archetype.SUSPENSION
                : roll < 86 ? Archetype.WITHDRAWAL : Archetype.ABSCONDED;
    }

    private boolean caseEnded() {
        return !decisionInForce && decisionNo > 0 && openDetention == null;
    }

    private void voluntaryDeparture() {
        LocalDate issued = later(0, 7);
        int days = DEPARTURE_DAYS[random.nextInt(DEPARTURE_DAYS.length)];
        issueDepartureOrder(issued, days, chance(8) ? ban(1, 2) : null);
        if (banId == null && chance(5)) {
            imposeEntryBan(ban(1, 2));
        }
        serve(later(0, 3));
        LocalDate deadline = issued.plusDays(days);
        LocalDate earliest = currentDay().plusDays(1);
        confirmDeparture(earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, deadline) + 1)));
    }

    private void missedThenExpulsion() {
        LocalDate issued = later(0, 7);
        int days = DEPARTURE_DAYS[random.nextInt(DEPARTURE_DAYS.length)];
        issueDepartureOrder(issued, days, null);
        serve(later(0, 3));
        // the timer records the missed deadline; the person is found again later
        LocalDate found = issued.plusDays(days + 5L + random.nextInt(150));
        if (chance(70)) {
            detain(found);
        }
        issueForcedExpulsion(found.isBefore(currentDay()) ? currentDay() : found, ban(1, 3));
        serve(later(0, 1));
        removal(3, 90);
    }

    private void directExpulsion() {
        boolean detained = chance(90);
        if (detained) {
            detain(later(0, 1));
        }
        issueForcedExpulsion(later(0, 2), ban(1, 3));
        serve(later(0, 1));
        if (detained && chance(10)) {
            release(later(10, 25), ReleaseReason.ALTERNATIVE_MEASURE, "Ziņošanās Valsts robežsardzei");
            removal(20, 100);
        } else {
            removal(3, 90);
        }
    }

    private void appeal() {
        boolean expulsion = adultOn(currentDay()) && !nationality.unionCitizen() && chance(50);
        if (expulsion) {
            issueForcedExpulsion(later(0, 7), ban(1, 3));
        } else {
            issueDepartureOrder(later(0, 7), DEPARTURE_DAYS[random.nextInt(DEPARTURE_DAYS.length)], chance(40) ? ban(1, 2) : null);
        }
        serve(later(0, 3));
        AppealType type = chance(40) ? AppealType.CONTEST : AppealType.COURT_APPEAL;
        String appealId = id("appeal-" + caseNo + "-" + decisionNo);
        Instant filed = at(later(1, 14));
        add(new LodgeAppealCommand(caseId, null, appealId, decisionId, type, appealBody(type), currentDay(), caseOfficer, filed), 1);
        if (chance(expulsion ? 80 : 30)) {
            suspend(later(0, 3), SuspensionReason.PENDING_REMEDY, "Iesniegts pieteikums par lēmuma izpildes apturēšanu");
        }
        int roll = random.nextInt(100);
        AppealOutcome outcome = roll < 60 ? AppealOutcome.UPHELD : roll < 85 ? AppealOutcome.ANNULLED
                : banState == BanState.PENDING ? AppealOutcome.AMENDED : AppealOutcome.UPHELD;
        Period amended = outcome == AppealOutcome.AMENDED ? shorterThan(banDuration) : null;
        Instant decided = at(later(30, 240));
        int produced = 1;
        if (outcome == AppealOutcome.ANNULLED) {
            produced += 1 + (banInForce() ? 1 : 0);
            decisionInForce = false;
            endBan();
        } else if (amended != null && banInForce()) {
            produced++;
            banDuration = amended;
        }
        add(new RecordAppealOutcomeCommand(caseId, null, appealId, outcome, currentDay(), reference(type), amended,
                caseOfficer, decided), produced);
        if (outcome == AppealOutcome.ANNULLED) {
            return;
        }
        if (suspended) {
            resume(later(0, 7), "Pieteikums noraidīts");
        }
        if (decisionType == DecisionType.DEPARTURE_ORDER) {
            confirmDeparture(later(1, 30));
        } else {
            if (chance(50)) {
                detain(later(1, 30));
            }
            removal(3, 45);
        }
    }

    private void suspension() {
        detain(later(0, 1));
        issueForcedExpulsion(later(0, 2), ban(1, 3));
        serve(later(0, 1));
        int roll = random.nextInt(100);
        SuspensionReason reason = roll < 60 ? SuspensionReason.ASYLUM_APPLICATION : roll < 85 ? SuspensionReason.MEDICAL : SuspensionReason.OTHER;
        suspend(later(1, 20), reason, null);
        release(currentDay(), reason == SuspensionReason.ASYLUM_APPLICATION ? ReleaseReason.ASYLUM_APPLICATION : ReleaseReason.OTHER,
                reason == SuspensionReason.MEDICAL ? "Ārstēšanās" : null);
        resume(later(30, 200), reason == SuspensionReason.ASYLUM_APPLICATION ? "Patvēruma pieteikums noraidīts" : "Šķēršļi novērsti");
        if (chance(60)) {
            detain(later(0, 14));
        }
        removal(3, 45);
    }

    private void withdrawal() {
        if (adultOn(currentDay()) && !nationality.unionCitizen() && chance(30)) {
            issueForcedExpulsion(later(0, 7), ban(1, 3));
        } else {
            issueDepartureOrder(later(0, 7), DEPARTURE_DAYS[random.nextInt(DEPARTURE_DAYS.length)], null);
        }
        if (chance(60)) {
            serve(later(0, 3));
        }
        String reason = new String[] {"Izsniegta uzturēšanās atļauja", "Atklājušies jauni apstākļi",
                "Personai piešķirts alternatīvais statuss"}[random.nextInt(3)];
        Instant at = at(later(3, 60));
        int produced = 1 + (banInForce() ? 1 : 0);
        decisionInForce = false;
        endBan();
        add(new WithdrawDecisionCommand(caseId, null, decisionId, reason, caseOfficer, at), produced);
    }

    /** Served an order, then vanished: the timer records the missed deadline and the case stays open. */
    private void absconded() {
        issueDepartureOrder(later(0, 7), DEPARTURE_DAYS[random.nextInt(DEPARTURE_DAYS.length)], null);
        serve(later(0, 3));
    }

    /**
     * Some running bans are shortened or lifted. Only bans still running today are touched: the register's timer
     * expires a ban the day after its end, so touching an older one could race the timer during a load.
     */
    private void banAfterwards() {
        if (banState != BanState.ACTIVE) {
            return;
        }
        LocalDate end = banStart.plus(banDuration).minusDays(1);
        int roll = random.nextInt(100);
        if (roll < 6) {
            LocalDate when = banStart.plusDays(60 + random.nextInt(440));
            Period shorter = shorterThan(banDuration);
            if (!when.isAfter(today) && end.isAfter(today) && !when.isBefore(currentDay()) && banStart.plus(shorter).isAfter(when)) {
                Instant at = at(when);
                banDuration = shorter;
                add(new ShortenEntryBanCommand(caseId, null, banId, shorter, "Ģimenes apstākļi Latvijā", caseOfficer, at), 1);
            }
        } else if (roll < 10) {
            LocalDate when = banStart.plusDays(30 + random.nextInt(670));
            if (!when.isAfter(today) && end.isAfter(today) && !when.isBefore(currentDay())) {
                Instant at = at(when);
                BanLiftReason reason = random.nextBoolean() ? BanLiftReason.HUMANITARIAN : BanLiftReason.OFFICER_DECISION;
                endBan();
                add(new LiftEntryBanCommand(caseId, null, banId, reason, "Pieteikums par aizlieguma atcelšanu apmierināts",
                        caseOfficer, at), 1);
            }
        }
    }

    // --- decisions ----------------------------------------------------------------------------------------

    private void issueDepartureOrder(LocalDate issued, int days, Period entryBan) {
        Instant at = at(issued);
        decisionNo++;
        decisionId = id("decision-" + caseNo + "-" + decisionNo);
        decisionType = DecisionType.DEPARTURE_ORDER;
        decisionInForce = true;
        suspended = false;
        banState = BanState.NONE;
        banId = null;
        String newBan = entryBan == null ? null : newBan(entryBan);
        add(new IssueDepartureOrderCommand(caseId, null, decisionId, issued, days, entryBan, newBan, null,
                "Imigrācijas likums, 41. pants", decisionMaker(), at), entryBan == null ? 1 : 2);
    }

    private void imposeEntryBan(Period duration) {
        Instant at = at(currentDay());
        String newBan = newBan(duration);
        add(new ImposeEntryBanCommand(caseId, null, decisionId, newBan, duration, "Imigrācijas likums, 61. pants",
                decisionMaker(), at), 1);
    }

    /** Supersedes a departure order in force (and lifts its ban) before imposing its own ban. */
    private void issueForcedExpulsion(LocalDate issued, Period entryBan) {
        Instant at = at(issued);
        int produced = 2;
        if (decisionInForce) {
            produced += 1 + (banInForce() ? 1 : 0);
        }
        decisionNo++;
        decisionId = id("decision-" + caseNo + "-" + decisionNo);
        decisionType = DecisionType.FORCED_EXPULSION_DECISION;
        decisionInForce = true;
        suspended = false;
        String newBan = newBan(entryBan);
        add(new IssueForcedExpulsionDecisionCommand(caseId, null, decisionId, issued, entryBan, newBan, null,
                "Imigrācijas likums, 47. pants", decisionMaker(), at), produced);
    }

    private void serve(LocalDate day) {
        Instant at = at(day);
        List<String> languages = nationality.languages();
        String language = chance(75) ? languages.get(0) : languages.get(random.nextInt(languages.size()));
        boolean interpreter = !(language.equals("ru") || language.equals("en")) || chance(30);
        add(new ServeDecisionCommand(caseId, null, decisionId, day, language, interpreter, caseOfficer, at), 1);
    }

    private void suspend(LocalDate day, SuspensionReason reason, String note) {
        Instant at = at(day);
        suspended = true;
        add(new SuspendEnforcementCommand(caseId, null, decisionId, reason, note, caseOfficer, at), 1);
    }

    private void resume(LocalDate day, String note) {
        Instant at = at(day);
        suspended = false;
        add(new ResumeEnforcementCommand(caseId, null, decisionId, note, caseOfficer, at), 1);
    }

    private void confirmDeparture(LocalDate day) {
        Instant at = at(day);
        int roll = random.nextInt(100);
        ReturnAssistance assistance = roll < 65 ? ReturnAssistance.NOT_ASSISTED : roll < 85 ? ReturnAssistance.ASSISTED
                : ReturnAssistance.UNKNOWN;
        // usually seen at the exit check by the Border Guard; sometimes proven to the deciding officer later
        Actor witness = chance(70) ? Staff.of(Institution.VRS, random) : caseOfficer;
        int produced = 1 + activateBan(day);
        decisionInForce = false;
        add(new ConfirmDepartureCommand(caseId, null, decisionId, day, exitPoint(), destination(), assistance, witness, at), produced);
    }

    private void removal(int minDays, int maxDays) {
        LocalDate day = later(minDays, maxDays);
        if (openDetention != null) {
            LocalDate lastAllowed = detainedOn.plusDays(MAX_DETENTION_DAYS_PER_CASE - detentionDaysInCase - 1L);
            if (day.isAfter(lastAllowed)) {
                day = lastAllowed;
            }
            extendDetentionUntil(day);
        }
        Instant at = at(day);
        int produced = 1 + activateBan(day);
        decisionInForce = false;
        add(new RecordRemovalCommand(caseId, null, decisionId, day, exitPoint(), destination(), chance(60),
                Staff.of(Institution.VRS, random), at), produced);
        if (openDetention != null) {
            release(day, ReleaseReason.REMOVED, null);
        }
    }

    private Actor decisionMaker() {
        return chance(20) ? Staff.of(institution, random) : caseOfficer;
    }

    // --- custody ------------------------------------------------------------------------------------------

    private void detain(LocalDate day) {
        Instant at = at(day);
        detentionNo++;
        openDetention = id("detention-" + detentionNo);
        detainedOn = currentDay();
        authorisedUntil = detainedOn.plusDays(30 + random.nextInt(31));
        String place = chance(70) ? "Daugavpils aizturēto ārzemnieku izmitināšanas centrs"
                : "Aizturēto ārzemnieku izmitināšanas centrs \"Mucenieki\"";
        add(new DetainForeignerCommand(personId, null, openDetention, caseId, "Imigrācijas likums, 51. pants", place,
                authorisedUntil, Staff.of(Institution.VRS, random), at), 1);
    }

    /** Each extension is decided shortly before the authorisation runs out, by a court, for 30 to 60 more days. */
    private void extendDetentionUntil(LocalDate needed) {
        while (authorisedUntil.isBefore(needed)) {
            LocalDate decided = authorisedUntil.minusDays(random.nextInt(6));
            Instant at = at(decided.isBefore(currentDay()) ? currentDay() : decided);
            LocalDate until = authorisedUntil.plusDays(30 + random.nextInt(31));
            authorisedUntil = until.isAfter(needed) ? needed : until;
            add(new ExtendDetentionCommand(personId, null, openDetention, authorisedUntil, courtReference(),
                    "Imigrācijas likums, 54. pants", Staff.of(Institution.VRS, random), at), 1);
        }
    }

    private void release(LocalDate day, ReleaseReason reason, String note) {
        Instant at = at(day);
        detentionDaysInCase += (int) ChronoUnit.DAYS.between(detainedOn, currentDay()) + 1;
        add(new ReleaseFromDetentionCommand(personId, null, openDetention, reason, note, Staff.of(Institution.VRS, random), at), 1);
        openDetention = null;
    }

    // --- bans ---------------------------------------------------------------------------------------------

    private String newBan(Period duration) {
        banId = id("ban-" + caseNo + "-" + decisionNo);
        banDuration = duration;
        banState = BanState.PENDING;
        return banId;
    }

    private int activateBan(LocalDate leftOn) {
        if (banState != BanState.PENDING) {
            return 0;
        }
        banState = BanState.ACTIVE;
        banStart = leftOn;
        return 1;
    }

    private boolean banInForce() {
        return banState == BanState.PENDING || banState == BanState.ACTIVE;
    }

    private void endBan() {
        if (banInForce()) {
            banState = BanState.ENDED;
        }
    }

    /** One, two or three years, the longer ones rarer; never beyond the three-year maximum. */
    private Period ban(int minYears, int maxYears) {
        return Period.ofYears(minYears + random.nextInt(maxYears - minYears + 1));
    }

    private static Period shorterThan(Period duration) {
        return duration.getYears() > 1 ? Period.ofYears(duration.getYears() - 1) : Period.ofMonths(6);
    }

    // --- reference data -----------------------------------------------------------------------------------

    private Set<ReturnGround> grounds() {
        if (nationality.unionCitizen()) {
            return Set.of(ReturnGround.OTHER_LEGAL_GROUND);
        }
        boolean visaFree = !nationality.stateless() && Set.of("UA", "GE", "MD").contains(nationality.code());
        int roll = random.nextInt(100);
        ReturnGround main = roll < 40 ? (visaFree ? ReturnGround.VISA_FREE_REGIME_BREACH : ReturnGround.VISA_OVERSTAY)
                : roll < 85 ? ReturnGround.NO_VALID_VISA_OR_PERMIT : roll < 92 ? ReturnGround.VISA_OVERSTAY : ReturnGround.OTHER_LEGAL_GROUND;
        Set<ReturnGround> grounds = EnumSet.of(main);
        if (chance(10)) {
            grounds.add(ReturnGround.OTHER_LEGAL_GROUND);
        }
        return grounds;
    }

    private String appealBody(AppealType type) {
        if (type == AppealType.COURT_APPEAL) {
            return "Administratīvā rajona tiesa";
        }
        return institution == Institution.VRS ? "Valsts robežsardzes priekšnieks" : "Pilsonības un migrācijas lietu pārvaldes priekšnieks";
    }

    private String reference(AppealType type) {
        return type == AppealType.COURT_APPEAL ? courtReference() : String.format("Lēmums Nr. 1-%05d", random.nextInt(100_000));
    }

    private String courtReference() {
        return String.format("Administratīvā rajona tiesa, lieta Nr. A42-%05d-%02d", random.nextInt(100_000), currentDay().getYear() % 100);
    }

    private String exitPoint() {
        return nationality.exitPoints().get(random.nextInt(nationality.exitPoints().size()));
    }

    private String destination() {
        return nationality.returnTo().get(random.nextInt(nationality.returnTo().size()));
    }

    // --- time, ids and chance -----------------------------------------------------------------------------

    /**
     * The moment of an act on {@code day}: office hours, never before the previous act. An act after
     * {@code asOf} ends the scenario.
     */
    private Instant at(LocalDate day) {
        if (day.isAfter(today)) {
            throw TRUNCATED;
        }
        if (clock != null && day.isBefore(currentDay())) {
            throw new IllegalStateException("scenario " + index + " went back in time to " + day);
        }
        Instant start = BusinessCalendar.startOf(day).plus(Duration.ofMinutes(8 * 60 + random.nextInt(8 * 60)));
        Instant next = clock == null || start.isAfter(clock) ? start : clock.plus(Duration.ofMinutes(1 + random.nextInt(10)));
        if (next.isAfter(asOf)) {
            throw TRUNCATED;
        }
        clock = next;
        return next;
    }

    private LocalDate currentDay() {
        return BusinessCalendar.dayOf(clock);
    }

    private LocalDate later(int minDays, int maxDays) {
        return currentDay().plusDays(minDays + random.nextInt(maxDays - minDays + 1));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private void add(Object command, int producedEvents) {
        commands.add(command);
        events += producedEvents;
    }

    private String id(String purpose) {
        return UUID.nameUUIDFromBytes((seed + "/" + index + "/" + purpose).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** SplitMix64's finaliser: neighbouring seeds and indexes give unrelated random streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
