package lv.pmlp.iaiar.projections;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

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
import lv.pmlp.iaiar.events.person.PersonName;
import lv.pmlp.iaiar.events.person.PersonNames;
import lv.pmlp.iaiar.events.person.PersonalDataErasedEvent;
import lv.pmlp.iaiar.events.person.ReleaseReason;
import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;
import lv.pmlp.iaiar.events.returncase.ApprovalReason;
import lv.pmlp.iaiar.events.returncase.BanLiftReason;
import lv.pmlp.iaiar.events.returncase.ClericalCorrectionProposedEvent;
import lv.pmlp.iaiar.events.returncase.ClericalErrorCorrectedEvent;
import lv.pmlp.iaiar.events.returncase.CorrectableField;
import lv.pmlp.iaiar.events.returncase.DecisionApprovalRequiredEvent;
import lv.pmlp.iaiar.events.returncase.DecisionApprovedEvent;
import lv.pmlp.iaiar.events.returncase.DecisionServedEvent;
import lv.pmlp.iaiar.events.returncase.DecisionType;
import lv.pmlp.iaiar.events.returncase.DecisionWithdrawnEvent;
import lv.pmlp.iaiar.events.returncase.DepartureConfirmedEvent;
import lv.pmlp.iaiar.events.returncase.DepartureOrderIssuedEvent;
import lv.pmlp.iaiar.events.returncase.DepartureOrderSupersededEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanActivatedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanExpiredEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanImposedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanLiftedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanShortenedEvent;
import lv.pmlp.iaiar.events.returncase.ForcedExpulsionDecisionIssuedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnAssistance;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnGround;
import lv.pmlp.iaiar.events.returncase.VoluntaryDepartureDeadlineMissedEvent;

/**
 * Two persons' histories as the log holds them (Person and ReturnCase streams, interleaved), touching every handler
 * of the batched projections: registration with a document number both persons hold, a document recorded later,
 * detention with an extension and a release, a departure order awaiting approval, approved and served, its deadline
 * missed and the order superseded by a forced expulsion, bans imposed, activated, shortened, lifted and expired, a
 * clerical correction, a departure, a withdrawn decision, and finally the first person's erasure.
 */
public final class TwoPersons {

    static final Actor OFFICER = new Actor("vrs.officer", Institution.VRS, "VRS-DAUGAVPILS", Role.OFFICER);
    static final Actor SUPERVISOR = new Actor("vrs.supervisor", Institution.VRS, "VRS-GP-IIPR", Role.SUPERVISOR);
    static final Instant START = Instant.parse("2024-03-01T09:00:00Z");
    static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    private TwoPersons() {
    }

    /** The whole history, in log order. */
    public static List<DomainEventMessage<?>> events() {
        return new TwoPersons().history();
    }

    /** The history without the erasure at its end. */
    public static List<DomainEventMessage<?>> eventsBeforeErasure() {
        List<DomainEventMessage<?>> all = events();
        return all.subList(0, all.size() - 1);
    }

    private List<DomainEventMessage<?>> history() {
        IdentityDocument shared = new IdentityDocument(DocumentType.PASSPORT, "75 1234567", "RUS", null, null);
        person("p-1", new ForeignerRegisteredEvent("p-1", names("IVANOV", "IVAN"), LocalDate.of(1990, 4, 12), Sex.MALE,
                Set.of("RU"), false, SubjectCategory.THIRD_COUNTRY_NATIONAL, List.of(shared), OFFICER, at(0)));
        person("p-2", new ForeignerRegisteredEvent("p-2", names("PETROV", "PJOTR"), LocalDate.of(1985, 1, 2), Sex.MALE,
                Set.of("RU"), false, SubjectCategory.THIRD_COUNTRY_NATIONAL,
                List.of(new IdentityDocument(DocumentType.PASSPORT, "751234567", "RUS", null, null)), OFFICER, at(1)));
        kase("c-1", new ReturnCaseOpenedEvent("c-1", "VRS-2024-000001", "p-1", Institution.VRS,
                Set.of(ReturnGround.VISA_OVERSTAY), DAY, "Imigrācijas likums, 41. pants", OFFICER, at(2)));
        person("p-1", new ForeignerDetainedEvent("p-1", "det-1", "c-1", "Imigrācijas likums, 51. pants", "Daugavpils",
                DAY.plusDays(30), OFFICER, at(3)));
        kase("c-1", new DepartureOrderIssuedEvent("c-1", "p-1", "d-1", "VRS-2024-000001-1", DAY, 7, DAY.plusDays(7),
                Set.of(ReturnGround.VISA_OVERSTAY), "Imigrācijas likums, 41. pants", OFFICER, at(4)));
        kase("c-1", new DecisionApprovalRequiredEvent("c-1", "p-1", "d-1", DecisionType.DEPARTURE_ORDER,
                ApprovalReason.POLICY, OFFICER, at(5)));
        kase("c-1", new EntryBanImposedEvent("c-1", "p-1", "b-1", "d-1", Period.ofYears(2), "Imigrācijas likums, 47. pants",
                OFFICER, at(6)));
        kase("c-1", new DecisionApprovedEvent("c-1", "p-1", "d-1", null, SUPERVISOR, at(7)));
        kase("c-1", new DecisionServedEvent("c-1", "p-1", "d-1", DAY.plusDays(1), "ru", false, OFFICER, at(8)));
        person("p-1", new DetentionExtendedEvent("p-1", "det-1", DAY.plusDays(30), DAY.plusDays(60), "court-1",
                "Imigrācijas likums, 54. pants", OFFICER, at(9)));
        person("p-1", new IdentityDocumentRecordedEvent("p-1",
                new IdentityDocument(DocumentType.IDENTITY_CARD, "AB-99", "RUS", null, null), OFFICER, at(10)));
        kase("c-1", new VoluntaryDepartureDeadlineMissedEvent("c-1", "p-1", "d-1", DAY.plusDays(7), Actor.SYSTEM, at(11)));
        kase("c-1", new ForcedExpulsionDecisionIssuedEvent("c-1", "p-1", "d-2", "VRS-2024-000001-2", DAY.plusDays(9),
                Set.of(ReturnGround.VISA_OVERSTAY), "Imigrācijas likums, 47. pants", "d-1", OFFICER, at(12)));
        kase("c-1", new DepartureOrderSupersededEvent("c-1", "p-1", "d-1", "d-2", OFFICER, at(13)));
        kase("c-1", new EntryBanLiftedEvent("c-1", "p-1", "b-1", BanLiftReason.DECISION_SUPERSEDED, null, OFFICER, at(14)));
        kase("c-1", new EntryBanImposedEvent("c-1", "p-1", "b-2", "d-2", Period.ofYears(3), "Imigrācijas likums, 47. pants",
                OFFICER, at(15)));
        kase("c-1", new ClericalCorrectionProposedEvent("c-1", "p-1", "k-1", "event-c-1-0", 0, "ReturnCaseOpened", "c-1",
                CorrectableField.LEGAL_BASIS, "Imigrācijas likums, 41. pants", "Imigrācijas likums, 41. panta otrā daļa",
                "mistyped", OFFICER, at(16)));
        kase("c-1", new ClericalErrorCorrectedEvent("c-1", "p-1", "k-1", "event-c-1-0", 0, "ReturnCaseOpened", "c-1",
                CorrectableField.LEGAL_BASIS, "Imigrācijas likums, 41. pants", "Imigrācijas likums, 41. panta otrā daļa",
                "mistyped", OFFICER, SUPERVISOR, at(17)));
        person("p-1", new ForeignerReleasedEvent("p-1", "det-1", ReleaseReason.REMOVED, null, OFFICER, at(18)));
        kase("c-1", new EntryBanActivatedEvent("c-1", "p-1", "b-2", DAY.plusDays(20), DAY.plusDays(20).plusYears(3),
                OFFICER, at(19)));
        kase("c-1", new EntryBanShortenedEvent("c-1", "p-1", "b-2", Period.ofYears(1), DAY.plusDays(20).plusYears(1),
                "family ties", OFFICER, at(20)));
        kase("c-1", new EntryBanExpiredEvent("c-1", "p-1", "b-2", DAY.plusDays(20).plusYears(1), Actor.SYSTEM, at(21)));
        kase("c-2", new ReturnCaseOpenedEvent("c-2", "VRS-2024-000002", "p-2", Institution.VRS,
                Set.of(ReturnGround.VISA_OVERSTAY), DAY, "Imigrācijas likums, 41. pants", OFFICER, at(22)));
        kase("c-2", new DepartureOrderIssuedEvent("c-2", "p-2", "d-3", "VRS-2024-000002-1", DAY, 10, DAY.plusDays(10),
                Set.of(ReturnGround.VISA_OVERSTAY), "Imigrācijas likums, 41. pants", OFFICER, at(23)));
        kase("c-2", new DepartureConfirmedEvent("c-2", "p-2", "d-3", DAY.plusDays(5), "Terehova", "RU",
                ReturnAssistance.NOT_ASSISTED, OFFICER, at(24)));
        kase("c-2", new DepartureOrderIssuedEvent("c-2", "p-2", "d-4", "VRS-2024-000002-2", DAY.plusDays(6), 10,
                DAY.plusDays(16), Set.of(ReturnGround.VISA_OVERSTAY), "Imigrācijas likums, 41. pants", OFFICER, at(25)));
        kase("c-2", new DecisionWithdrawnEvent("c-2", "p-2", "d-4", "issued in error", OFFICER, at(26)));
        person("p-1", new PersonalDataErasedEvent("p-1", "retention period ended", Actor.SYSTEM, at(27)));
        return List.copyOf(events);
    }

    private static PersonNames names(String surname, String givenNames) {
        return new PersonNames(null, new PersonName(surname, givenNames, "Latn"), null);
    }

    private static Instant at(int minutes) {
        return START.plusSeconds(60L * minutes);
    }

    private void person(String personId, Object event) {
        append("Person", personId, event);
    }

    private void kase(String caseId, Object event) {
        append("ReturnCase", caseId, event);
    }

    private void append(String type, String stream, Object event) {
        long sequence = sequences.merge(stream, 1L, Long::sum) - 1;
        events.add(new GenericDomainEventMessage<>(type, stream, sequence, event, Map.of(), "event-" + stream + "-" + sequence,
                START.plusSeconds(events.size())));
    }
}
