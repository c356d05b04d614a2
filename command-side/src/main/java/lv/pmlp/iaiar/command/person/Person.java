package lv.pmlp.iaiar.command.person;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import lv.pmlp.iaiar.command.CommandResult;
import lv.pmlp.iaiar.command.rules.Actors;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.command.rules.LegalLimits;
import lv.pmlp.iaiar.command.rules.LegalLimitsPolicy;
import lv.pmlp.iaiar.command.rules.Rule;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.person.DetentionExtendedEvent;
import lv.pmlp.iaiar.events.person.ForeignerDetainedEvent;
import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;
import lv.pmlp.iaiar.events.person.ForeignerReleasedEvent;
import lv.pmlp.iaiar.events.person.IdentityDocument;
import lv.pmlp.iaiar.events.person.IdentityDocumentRecordedEvent;
import lv.pmlp.iaiar.events.person.PersonDataAmendedEvent;
import lv.pmlp.iaiar.events.person.PersonNames;
import lv.pmlp.iaiar.events.person.PersonalDataErasedEvent;
import lv.pmlp.iaiar.events.person.Sex;

/**
 * A foreigner known to the register, shared by both institutions. Detentions live here because "no
 * overlapping detentions" and the cumulative maximum are rules about one person's custody as a whole.
 * Recently used persons stay loaded in the bounded cache named here (wired in the api module).
 */
@Aggregate(cache = "personCache")
class Person {

    /** ISO 3166 code of Latvia and ICAO's code for the Latvian non-citizen's passport (Immigration Law §1). */
    private static final Set<String> NOT_FOREIGN = Set.of("LV", "LVA");

    @AggregateIdentifier
    private String personId;
    private PersonNames names;
    private LocalDate dateOfBirth;
    private Sex sex;
    private Set<String> citizenships;
    private boolean stateless;
    private final List<IdentityDocument> documents = new ArrayList<>();
    private final Map<String, Detention> detentions = new LinkedHashMap<>();
    private boolean erased;

    @CommandHandler
    Person(RegisterForeignerCommand command) {
        Actors.requireOperationalInstitution(command.actor());
        requireForeignNationality(command.citizenships(), command.stateless());
        apply(new ForeignerRegisteredEvent(command.personId(), command.names(), command.dateOfBirth(), command.sex(),
                Set.copyOf(command.citizenships()), command.stateless(), command.subjectCategory(),
                List.copyOf(command.documents()), command.actor(), command.occurredAt()));
    }

    @CommandHandler
    CommandResult handle(AmendPersonDataCommand command) {
        requireNotErased();
        Actors.requireOperationalInstitution(command.actor());
        Set<String> newCitizenships = command.citizenships() != null ? command.citizenships() : citizenships;
        boolean newStateless = command.stateless() != null ? command.stateless() : stateless;
        requireForeignNationality(newCitizenships, newStateless);
        PersonNames amendedNames = changedOrNull(command.names(), names);
        LocalDate amendedBirth = changedOrNull(command.dateOfBirth(), dateOfBirth);
        Sex amendedSex = changedOrNull(command.sex(), sex);
        Set<String> amendedCitizenships = changedOrNull(command.citizenships(), citizenships);
        Boolean amendedStateless = changedOrNull(command.stateless(), stateless);
        Rule.NOTHING_TO_AMEND.require(amendedNames != null || amendedBirth != null || amendedSex != null
                || amendedCitizenships != null || amendedStateless != null, null);
        apply(new PersonDataAmendedEvent(personId, amendedNames, amendedBirth, amendedSex,
                amendedCitizenships == null ? null : Set.copyOf(amendedCitizenships), amendedStateless,
                command.reason(), command.actor(), command.occurredAt()));
        return result(personId);
    }

    @CommandHandler
    CommandResult handle(RecordIdentityDocumentCommand command) {
        requireNotErased();
        Actors.requireOperationalInstitution(command.actor());
        Rule.IDENTITY_DOCUMENT_ALREADY_RECORDED.require(!knowsDocument(command.document()),
                "Document " + command.document().type() + " " + command.document().number() + " is already recorded");
        apply(new IdentityDocumentRecordedEvent(personId, command.document(), command.actor(), command.occurredAt()));
        return result(personId);
    }

    @CommandHandler
    CommandResult handle(DetainForeignerCommand command, LegalLimitsPolicy policy) {
        requireNotErased();
        Actors.requireBorderGuard(command.actor(), Rule.DETENTION_RESERVED_FOR_VRS);
        LocalDate start = BusinessCalendar.dayOf(command.occurredAt());
        Rule.DETENTION_ALREADY_RECORDED.require(!detentions.containsKey(command.detentionId()), null);
        Rule.FOREIGNER_ALREADY_DETAINED.require(openDetention() == null,
                "The person is detained since " + (openDetention() == null ? null : openDetention().startedOn()));
        Rule.DETENTION_PERIOD_INVALID.require(!command.authorisedUntil().isBefore(start),
                "Authorised until " + command.authorisedUntil() + " precedes the start " + start);
        Rule.DETENTION_OVERLAPS_EARLIER_DETENTION.require(
                detentions.values().stream().noneMatch(d -> d.overlaps(start, command.authorisedUntil())),
                "Another detention covers part of " + start + " to " + command.authorisedUntil());
        LegalLimits limits = policy.inForceOn(start);
        Rule.DETENTION_EXCEEDS_INITIAL_MAXIMUM.require(
                command.authorisedUntil().isBefore(start.plus(limits.initialDetentionMaximum())),
                "The initial maximum in force is " + limits.initialDetentionMaximum());
        Detention detention = new Detention(command.detentionId(), command.returnCaseId(), start, command.authorisedUntil(), null);
        requireWithinCumulativeMaximum(detention, limits);
        apply(new ForeignerDetainedEvent(personId, command.detentionId(), command.returnCaseId(), command.legalBasis(),
                command.place(), command.authorisedUntil(), command.actor(), command.occurredAt()));
        return result(command.detentionId());
    }

    @CommandHandler
    CommandResult handle(ExtendDetentionCommand command, LegalLimitsPolicy policy) {
        requireNotErased();
        Actors.requireBorderGuard(command.actor(), Rule.DETENTION_RESERVED_FOR_VRS);
        Detention detention = detention(command.detentionId());
        Rule.FOREIGNER_NOT_DETAINED.require(detention.isOpen(), "The detention ended on " + detention.releasedOn());
        Rule.DETENTION_EXTENSION_NEEDS_COURT_REFERENCE.require(
                command.courtReference() != null && !command.courtReference().isBlank(), null);
        Rule.DETENTION_EXTENSION_MUST_EXTEND.require(command.authorisedUntil().isAfter(detention.authorisedUntil()),
                "The detention is already authorised until " + detention.authorisedUntil());
        Rule.DETENTION_OVERLAPS_EARLIER_DETENTION.require(detentions.values().stream()
                        .filter(d -> !d.id().equals(detention.id()))
                        .noneMatch(d -> d.overlaps(detention.startedOn(), command.authorisedUntil())),
                "Another detention covers part of " + detention.startedOn() + " to " + command.authorisedUntil());
        LegalLimits limits = policy.inForceOn(BusinessCalendar.dayOf(command.occurredAt()));
        requireWithinCumulativeMaximum(detention.extendedTo(command.authorisedUntil()), limits);
        apply(new DetentionExtendedEvent(personId, detention.id(), detention.authorisedUntil(), command.authorisedUntil(),
                command.courtReference(), command.legalBasis(), command.actor(), command.occurredAt()));
        return result(detention.id());
    }

    @CommandHandler
    CommandResult handle(ReleaseFromDetentionCommand command) {
        requireNotErased();
        Actors.requireBorderGuard(command.actor(), Rule.DETENTION_RESERVED_FOR_VRS);
        Detention detention = detention(command.detentionId());
        Rule.FOREIGNER_NOT_DETAINED.require(detention.isOpen(), "The detention already ended on " + detention.releasedOn());
        Rule.RELEASE_BEFORE_DETENTION_START.require(
                !BusinessCalendar.dayOf(command.occurredAt()).isBefore(detention.startedOn()),
                "The detention started on " + detention.startedOn());
        apply(new ForeignerReleasedEvent(personId, detention.id(), command.reason(), command.note(), command.actor(),
                command.occurredAt()));
        return result(detention.id());
    }

    /** Erasure ends the register's record of the person: the key is gone, so nothing new may be written. */
    @CommandHandler
    CommandResult handle(ErasePersonalDataCommand command) {
        Rule.ERASURE_ONLY_BY_RETENTION.require(command.actor().role() == Role.SYSTEM, null);
        requireNotErased();
        apply(new PersonalDataErasedEvent(personId, command.reason(), command.actor(), command.occurredAt()));
        return result(personId);
    }

    private void requireNotErased() {
        Rule.PERSON_ERASED.require(!erased, "Person " + personId + " was erased");
    }

    private static void requireForeignNationality(Collection<String> citizenships, boolean stateless) {
        Rule.CITIZENSHIP_OR_STATELESS_REQUIRED.require(stateless == citizenships.isEmpty(),
                stateless ? "A stateless person has no citizenship" : "Give at least one citizenship or mark the person stateless");
        Rule.LATVIAN_CITIZEN_IS_NOT_A_FOREIGNER.require(citizenships.stream().map(String::toUpperCase).noneMatch(NOT_FOREIGN::contains),
                null);
    }

    /** Kadzoev (C-357/09): every detention for the same return procedure counts towards one maximum. */
    private void requireWithinCumulativeMaximum(Detention candidate, LegalLimits limits) {
        List<Detention> procedure = new ArrayList<>();
        procedure.add(candidate);
        detentions.values().stream()
                .filter(d -> !d.id().equals(candidate.id()) && d.sameProcedureAs(candidate.returnCaseId()))
                .forEach(procedure::add);
        LocalDate firstDay = procedure.stream().map(Detention::startedOn).min(LocalDate::compareTo).orElseThrow();
        long allowedDays = java.time.temporal.ChronoUnit.DAYS.between(firstDay, firstDay.plus(limits.cumulativeDetentionMaximum()));
        long days = procedure.stream().mapToLong(Detention::days).sum();
        Rule.DETENTION_EXCEEDS_CUMULATIVE_MAXIMUM.require(days <= allowedDays,
                "Detention would last " + days + " days; the maximum in force is " + limits.cumulativeDetentionMaximum()
                        + " (" + allowedDays + " days)");
    }

    private boolean knowsDocument(IdentityDocument document) {
        return documents.stream().anyMatch(d -> d.sameDocumentAs(document));
    }

    private Detention openDetention() {
        return detentions.values().stream().filter(Detention::isOpen).findFirst().orElse(null);
    }

    private Detention detention(String detentionId) {
        Detention detention = detentions.get(detentionId);
        if (detention == null) {
            throw Rule.DETENTION_NOT_FOUND.violation("No detention " + detentionId + " for person " + personId);
        }
        return detention;
    }

    private static <T> T changedOrNull(T requested, T current) {
        return requested == null || requested.equals(current) ? null : requested;
    }

    private static CommandResult result(String id) {
        return new CommandResult(id, AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(ForeignerRegisteredEvent event) {
        personId = event.personId();
        names = event.names();
        dateOfBirth = event.dateOfBirth();
        sex = event.sex();
        citizenships = event.citizenships();
        stateless = event.stateless();
        if (event.documents() != null) {
            documents.addAll(event.documents());
        }
    }

    @EventSourcingHandler
    void on(PersonDataAmendedEvent event) {
        if (event.names() != null) {
            names = event.names();
        }
        if (event.dateOfBirth() != null) {
            dateOfBirth = event.dateOfBirth();
        }
        if (event.sex() != null) {
            sex = event.sex();
        }
        if (event.citizenships() != null) {
            citizenships = event.citizenships();
        }
        if (event.stateless() != null) {
            stateless = event.stateless();
        }
    }

    @EventSourcingHandler
    void on(IdentityDocumentRecordedEvent event) {
        // null once the person's key is destroyed
        if (event.document() != null) {
            documents.add(event.document());
        }
    }

    @EventSourcingHandler
    void on(ForeignerDetainedEvent event) {
        detentions.put(event.detentionId(), new Detention(event.detentionId(), event.returnCaseId(),
                BusinessCalendar.dayOf(event.occurredAt()), event.authorisedUntil(), null));
    }

    @EventSourcingHandler
    void on(DetentionExtendedEvent event) {
        detentions.computeIfPresent(event.detentionId(), (id, d) -> d.extendedTo(event.authorisedUntil()));
    }

    @EventSourcingHandler
    void on(ForeignerReleasedEvent event) {
        detentions.computeIfPresent(event.detentionId(), (id, d) -> d.released(BusinessCalendar.dayOf(event.occurredAt())));
    }

    @EventSourcingHandler
    void on(PersonalDataErasedEvent event) {
        erased = true;
        names = null;
        dateOfBirth = null;
        documents.clear();
    }

    /** Axon rebuilds the aggregate from its events through this constructor. */
    private Person() {
    }
}
