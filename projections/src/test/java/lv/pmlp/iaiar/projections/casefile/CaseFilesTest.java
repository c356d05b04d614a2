package lv.pmlp.iaiar.projections.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;
import lv.pmlp.iaiar.events.person.PersonDataAmendedEvent;
import lv.pmlp.iaiar.events.person.PersonName;
import lv.pmlp.iaiar.events.person.PersonNames;
import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;
import lv.pmlp.iaiar.events.returncase.AppealDecidedEvent;
import lv.pmlp.iaiar.events.returncase.AppealLodgedEvent;
import lv.pmlp.iaiar.events.returncase.AppealOutcome;
import lv.pmlp.iaiar.events.returncase.AppealType;
import lv.pmlp.iaiar.events.returncase.BanLiftReason;
import lv.pmlp.iaiar.events.returncase.DecisionAnnulledEvent;
import lv.pmlp.iaiar.events.returncase.DepartureOrderIssuedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanImposedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanLiftedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnGround;

class CaseFilesTest {

    static final Actor OFFICER = new Actor("vrs.officer", Institution.VRS, "VRS", Role.OFFICER);
    static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 1, 10);

    CaseFile file = CaseFile.empty("p");

    @Test
    void anEventAppliedTwiceChangesTheCaseFileOnce() {
        CaseFile once = apply(file, registered(), "p", 0);

        CaseFile twice = apply(once, registered(), "p", 0);

        assertThat(twice).isSameAs(once);
    }

    @Test
    void anOlderEventOfAStreamIsIgnored() {
        CaseFile registered = apply(file, registered(), "p", 0);
        CaseFile amended = apply(registered, amendedBirthDate(LocalDate.of(1991, 1, 1)), "p", 1);

        CaseFile again = apply(amended, amendedBirthDate(LocalDate.of(1992, 2, 2)), "p", 1);

        assertThat(again.dateOfBirth()).isEqualTo(LocalDate.of(1991, 1, 1));
    }

    @Test
    void versionsAreKeptPerStream() {
        CaseFile f = apply(apply(file, registered(), "p", 0), opened(), "c", 0);

        assertThat(f.versionOf("p")).isZero();
        assertThat(f.versionOf("c")).isZero();
        assertThat(f.versionOf("other")).isEqualTo(-1);
    }

    @Test
    void annulmentOnAppealEndsTheDecisionAndLiftsItsBan() {
        CaseFile f = apply(apply(file, registered(), "p", 0), opened(), "c", 0);
        f = apply(f, new DepartureOrderIssuedEvent("c", "p", "d", "VRS-2026-000001/1", DAY, 14, DAY.plusDays(14),
                Set.of(ReturnGround.VISA_OVERSTAY), "IL 41", OFFICER, T0), "c", 1);
        f = apply(f, new EntryBanImposedEvent("c", "p", "b", "d", Period.ofYears(2), "IL 41", OFFICER, T0), "c", 2);
        f = apply(f, new AppealLodgedEvent("c", "p", "a", "d", AppealType.COURT_APPEAL, "court", DAY, OFFICER, T0), "c", 3);
        f = apply(f, new AppealDecidedEvent("c", "p", "a", "d", AppealOutcome.ANNULLED, DAY.plusDays(5), "A-1", OFFICER, T0), "c", 4);
        f = apply(f, new DecisionAnnulledEvent("c", "p", "d", "a", OFFICER, T0), "c", 5);
        f = apply(f, new EntryBanLiftedEvent("c", "p", "b", BanLiftReason.DECISION_ANNULLED, "annulled", OFFICER,
                Instant.parse("2026-01-15T10:00:00Z")), "c", 6);

        CaseView kase = f.cases().get(0);
        assertThat(kase.decisions().get(0).state()).isEqualTo("ANNULLED");
        assertThat(kase.appeals().get(0).outcome()).isEqualTo(AppealOutcome.ANNULLED);
        assertThat(kase.entryBans().get(0).state()).isEqualTo("LIFTED");
        assertThat(kase.entryBans().get(0).endedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(kase.entryBans().get(0).liftReason()).isEqualTo(BanLiftReason.DECISION_ANNULLED);
    }

    private static CaseFile apply(CaseFile f, lv.pmlp.iaiar.events.PersonEvent event, String stream, long sequence) {
        return CaseFiles.apply(f, event, stream, sequence, T0.plusSeconds(sequence));
    }

    private static ForeignerRegisteredEvent registered() {
        return new ForeignerRegisteredEvent("p", new PersonNames(null, new PersonName("IVANOV", "IVAN", "Latn"), null),
                LocalDate.of(1990, 1, 1), Sex.MALE, Set.of("RU"), false, SubjectCategory.THIRD_COUNTRY_NATIONAL, List.of(),
                OFFICER, T0);
    }

    private static PersonDataAmendedEvent amendedBirthDate(LocalDate date) {
        return new PersonDataAmendedEvent("p", null, date, null, null, null, "typo", OFFICER, T0);
    }

    private static ReturnCaseOpenedEvent opened() {
        return new ReturnCaseOpenedEvent("c", "VRS-2026-000001", "p", Institution.VRS, Set.of(ReturnGround.VISA_OVERSTAY), DAY,
                "IL 41", OFFICER, T0);
    }
}
