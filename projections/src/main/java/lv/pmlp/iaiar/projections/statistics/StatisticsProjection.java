package lv.pmlp.iaiar.projections.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.PersonEvent;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.person.ForeignerDetainedEvent;
import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;
import lv.pmlp.iaiar.events.person.ForeignerReleasedEvent;
import lv.pmlp.iaiar.events.person.DetentionExtendedEvent;
import lv.pmlp.iaiar.events.person.PersonDataAmendedEvent;
import lv.pmlp.iaiar.events.person.PersonalDataErasedEvent;
import lv.pmlp.iaiar.events.returncase.AppealDecidedEvent;
import lv.pmlp.iaiar.events.returncase.AppealLodgedEvent;
import lv.pmlp.iaiar.events.returncase.DecisionAnnulledEvent;
import lv.pmlp.iaiar.events.returncase.DecisionServedEvent;
import lv.pmlp.iaiar.events.returncase.DecisionType;
import lv.pmlp.iaiar.events.returncase.DecisionWithdrawnEvent;
import lv.pmlp.iaiar.events.returncase.DepartureConfirmedEvent;
import lv.pmlp.iaiar.events.returncase.DepartureOrderIssuedEvent;
import lv.pmlp.iaiar.events.returncase.DepartureOrderSupersededEvent;
import lv.pmlp.iaiar.events.returncase.EnforcementResumedEvent;
import lv.pmlp.iaiar.events.returncase.EnforcementSuspendedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanActivatedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanExpiredEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanImposedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanLiftedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanShortenedEvent;
import lv.pmlp.iaiar.events.returncase.ForcedExpulsionDecisionIssuedEvent;
import lv.pmlp.iaiar.events.returncase.RemovalExecutedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnCaseEvent;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnGround;
import lv.pmlp.iaiar.events.returncase.VoluntaryDepartureDeadlineMissedEvent;
import lv.pmlp.iaiar.projections.ReadModels;
import lv.pmlp.iaiar.projections.batch.BatchReads;
import lv.pmlp.iaiar.projections.batch.BatchedMongo;

/**
 * Writes one {@link StatisticalFact} per event (keyed by event id) and each person's {@link StatisticalProfile}, and
 * hands each fact to the {@link StatisticsRollups}, which keep the pre-aggregated tables.
 * The case, decision, ban and detention documents only remember what later facts of the same person need
 * (institution, decision type, grounds, ban length, detention start). Events of one person arrive in order.
 * Every read and write is by id through the batch's buffer ({@link StatisticsRollups#documents()}), which the
 * {@link StatisticsJournal} writes at the batch's end with the counters.
 */
@Component
@ProcessingGroup(ReadModels.STATISTICS)
public class StatisticsProjection {

    public static final String CASES = "statistics_cases";
    public static final String DECISIONS = "statistics_decisions";
    public static final String BANS = "statistics_bans";
    public static final String DETENTIONS = "statistics_detentions";

    private final MongoTemplate mongo;
    private final StatisticsRollups rollups;

    StatisticsProjection(MongoTemplate mongo, StatisticsRollups rollups) {
        this.mongo = mongo;
        this.rollups = rollups;
        ensureIndexes();
    }

    record CaseDimensions(@Id String caseId, Institution institution, String unit, LocalDate openedOn,
                          Boolean unaccompaniedMinor) {
    }

    record DecisionDimensions(@Id String decisionId, DecisionType type, List<ReturnGround> grounds, LocalDate departureDeadline) {
    }

    record BanDimensions(@Id String banId, String decisionId, String band) {
    }

    record DetentionDimensions(@Id String detentionId, LocalDate detainedOn) {
    }

    /**
     * What {@link #on} reads by id, for the batch's prefetch. Read one by one: the facts an amendment corrects
     * (amendments are rare, and which facts they touch is known only from the rollup) and the decision of a ban
     * change (known only from the ban) when the batch has not written it.
     */
    static void reads(EventMessage<?> message, BatchReads.Reads reads) {
        if (!(message.getPayload() instanceof PersonEvent event)) {
            return;
        }
        reads.byId(StatisticalProfile.COLLECTION, event.personId(), StatisticalProfile.class);
        reads.byId(StatisticsRollups.PERSONS, event.personId(), StatisticsRollups.PersonRollup.class);
        if (event instanceof ReturnCaseEvent caseEvent) {
            reads.byId(CASES, caseEvent.caseId(), CaseDimensions.class);
        }
        String decisionId = event instanceof DecisionServedEvent e ? e.decisionId()
                : event instanceof AppealLodgedEvent e ? e.decisionId()
                : event instanceof AppealDecidedEvent e ? e.decisionId()
                : event instanceof DecisionAnnulledEvent e ? e.decisionId()
                : event instanceof DecisionWithdrawnEvent e ? e.decisionId()
                : event instanceof DepartureOrderSupersededEvent e ? e.decisionId()
                : event instanceof EnforcementSuspendedEvent e ? e.decisionId()
                : event instanceof EnforcementResumedEvent e ? e.decisionId()
                : event instanceof DepartureConfirmedEvent e ? e.decisionId()
                : event instanceof RemovalExecutedEvent e ? e.decisionId()
                : event instanceof VoluntaryDepartureDeadlineMissedEvent e ? e.decisionId()
                : event instanceof EntryBanImposedEvent e ? e.decisionId()
                : null;
        if (decisionId != null) {
            reads.byId(DECISIONS, decisionId, DecisionDimensions.class);
        }
        String banId = event instanceof EntryBanActivatedEvent e ? e.banId()
                : event instanceof EntryBanShortenedEvent e ? e.banId()
                : event instanceof EntryBanLiftedEvent e ? e.banId()
                : event instanceof EntryBanExpiredEvent e ? e.banId()
                : null;
        if (banId != null) {
            reads.byId(BANS, banId, BanDimensions.class);
        }
        if (event instanceof ForeignerReleasedEvent e) {
            reads.byId(DETENTIONS, e.detentionId(), DetentionDimensions.class);
        }
    }

    @EventHandler
    void on(PersonEvent event, EventMessage<?> message) {
        BatchedMongo documents = rollups.documents();
        if (event instanceof ForeignerRegisteredEvent registered) {
            if (documents.findById(event.personId(), StatisticalProfile.class, StatisticalProfile.COLLECTION) == null) {
                documents.save(StatisticalProfile.registered(registered, message.getIdentifier(), message.getTimestamp()),
                        StatisticalProfile.COLLECTION);
            }
        } else if (event instanceof PersonDataAmendedEvent amended) {
            amend(documents, amended, message);
        } else if (event instanceof PersonalDataErasedEvent) {
            // The birth date is personal data; the person still counts, from now on in the age band UNK.
            StatisticalProfile profile = documents.findById(event.personId(), StatisticalProfile.class, StatisticalProfile.COLLECTION);
            if (profile != null) {
                documents.save(profile.withoutBirthDates(), StatisticalProfile.COLLECTION);
            }
        }
        StatisticalProfile profile = documents.findById(event.personId(), StatisticalProfile.class, StatisticalProfile.COLLECTION);
        StatisticalFact fact = fact(documents, event, message, profile);
        // one fact per event: an insert unless the event is delivered again
        documents.saveNew(fact, StatisticalFact.COLLECTION);
        rollups.apply(fact, profile);
    }

    @ResetHandler
    void reset() {
        for (String collection : List.of(StatisticalFact.COLLECTION, StatisticalProfile.COLLECTION, CASES, DECISIONS, BANS,
                DETENTIONS)) {
            mongo.dropCollection(collection);
        }
        rollups.reset();
        ensureIndexes();
    }

    /**
     * Corrections apply to the person's earlier facts too: the national figures count the corrected citizenship.
     * The facts are found by id from the person's rollup, which lists every one of them, not by a query on
     * {@code personId} (a scan of all facts in the embedded store, which ignores secondary indexes). They are
     * corrected also when the profile already has the revision: a batch handled again after a crash may find the
     * profile written and some of the corrected facts not.
     */
    private void amend(BatchedMongo documents, PersonDataAmendedEvent event, EventMessage<?> message) {
        StatisticalProfile profile = documents.findById(event.personId(), StatisticalProfile.class, StatisticalProfile.COLLECTION);
        if (profile == null) {
            return;
        }
        if (!profile.has(message.getIdentifier())) {
            profile = profile.amended(event, message.getIdentifier(), message.getTimestamp());
            documents.save(profile, StatisticalProfile.COLLECTION);
        }
        String citizen = EilCodes.citizen(profile.current());
        for (String eventId : rollups.eventIds(event.personId())) {
            StatisticalFact fact = documents.findById(eventId, StatisticalFact.class, StatisticalFact.COLLECTION);
            if (fact != null && !citizen.equals(fact.citizenship())) {
                documents.save(fact.withCitizenship(citizen), StatisticalFact.COLLECTION);
            }
        }
    }

    private StatisticalFact fact(BatchedMongo documents, PersonEvent event, EventMessage<?> message,
                                 StatisticalProfile profile) {
        Fact fact = new Fact(documents, event, message);
        if (event instanceof ReturnCaseEvent caseEvent) {
            fact.inCase(caseEvent.caseId(), documents.findById(caseEvent.caseId(), CaseDimensions.class, CASES));
        }
        if (event instanceof ForeignerRegisteredEvent) {
            fact.kind(FactKind.PERSON_REGISTERED);
        } else if (event instanceof ForeignerDetainedEvent e) {
            documents.save(new DetentionDimensions(e.detentionId(), fact.day), DETENTIONS);
            fact.kind(FactKind.DETENTION_STARTED);
        } else if (event instanceof DetentionExtendedEvent) {
            fact.kind(FactKind.DETENTION_EXTENDED);
        } else if (event instanceof ForeignerReleasedEvent e) {
            DetentionDimensions detention = documents.findById(e.detentionId(), DetentionDimensions.class, DETENTIONS);
            fact.kind(FactKind.DETENTION_ENDED);
            if (detention != null) {
                // both the first and the last day are spent in detention, as on the detention board
                fact.days = ChronoUnit.DAYS.between(detention.detainedOn(), fact.day) + 1;
            }
        } else if (event instanceof ReturnCaseOpenedEvent e) {
            CaseDimensions kase = new CaseDimensions(e.caseId(), e.institution(), unitOf(e.actor(), null), e.detectedOn(),
                    e.unaccompaniedMinor());
            documents.save(kase, CASES);
            fact.inCase(e.caseId(), kase);
            fact.on(e.detectedOn()).kind(FactKind.DETECTED).grounds = sorted(e.grounds());
        } else if (event instanceof DepartureOrderIssuedEvent e) {
            issued(documents, fact, e.decisionId(), DecisionType.DEPARTURE_ORDER, e.grounds(), e.issuedOn(), e.departureDeadline());
        } else if (event instanceof ForcedExpulsionDecisionIssuedEvent e) {
            issued(documents, fact, e.decisionId(), DecisionType.FORCED_EXPULSION_DECISION, e.grounds(), e.issuedOn(), null);
        } else if (event instanceof DecisionServedEvent e) {
            fact.decision(e.decisionId()).on(e.servedOn()).kind(FactKind.DECISION_SERVED);
        } else if (event instanceof AppealLodgedEvent e) {
            fact.decision(e.decisionId()).on(e.filedOn()).kind(FactKind.APPEAL_LODGED).detail = e.type().name();
        } else if (event instanceof AppealDecidedEvent e) {
            fact.decision(e.decisionId()).on(e.decidedOn()).kind(FactKind.APPEAL_DECIDED).detail = e.outcome().name();
        } else if (event instanceof DecisionAnnulledEvent e) {
            fact.decision(e.decisionId()).kind(FactKind.DECISION_ANNULLED);
        } else if (event instanceof DecisionWithdrawnEvent e) {
            fact.decision(e.decisionId()).kind(FactKind.DECISION_WITHDRAWN);
        } else if (event instanceof DepartureOrderSupersededEvent e) {
            fact.decision(e.decisionId()).kind(FactKind.DECISION_SUPERSEDED);
        } else if (event instanceof EnforcementSuspendedEvent e) {
            fact.decision(e.decisionId()).kind(FactKind.ENFORCEMENT_SUSPENDED).detail = e.reason().name();
        } else if (event instanceof EnforcementResumedEvent e) {
            fact.decision(e.decisionId()).kind(FactKind.ENFORCEMENT_RESUMED);
        } else if (event instanceof DepartureConfirmedEvent e) {
            fact.decision(e.decisionId()).on(e.departedOn()).kind(FactKind.RETURNED);
            fact.returned(EilCodes.VOLUNTARY, EilCodes.assistance(e.assistance()), e.destinationCountry());
            DecisionDimensions decision = decision(documents, e.decisionId());
            if (decision != null && decision.departureDeadline() != null && !e.departedOn().isAfter(decision.departureDeadline())) {
                fact.kind(FactKind.DEADLINE_MET);
            }
        } else if (event instanceof RemovalExecutedEvent e) {
            // a removal is enforced and is not an assisted (voluntary) return
            fact.decision(e.decisionId()).on(e.removedOn()).kind(FactKind.RETURNED)
                    .returned(EilCodes.ENFORCED, "N_ASSIST", e.destinationCountry());
        } else if (event instanceof VoluntaryDepartureDeadlineMissedEvent e) {
            fact.decision(e.decisionId()).kind(FactKind.DEADLINE_MISSED);
        } else if (event instanceof EntryBanImposedEvent e) {
            documents.save(new BanDimensions(e.banId(), e.decisionId(), EilCodes.banBand(e.duration())), BANS);
            fact.ban(e.banId()).kind(FactKind.BAN_IMPOSED);
        } else if (event instanceof EntryBanActivatedEvent e) {
            fact.ban(e.banId()).on(e.startsOn()).kind(FactKind.BAN_ACTIVATED);
        } else if (event instanceof EntryBanShortenedEvent e) {
            BanDimensions ban = documents.findById(e.banId(), BanDimensions.class, BANS);
            if (ban != null) {
                documents.save(new BanDimensions(ban.banId(), ban.decisionId(), EilCodes.banBand(e.duration())), BANS);
            }
            fact.ban(e.banId()).kind(FactKind.BAN_SHORTENED);
        } else if (event instanceof EntryBanLiftedEvent e) {
            fact.ban(e.banId()).kind(FactKind.BAN_LIFTED);
        } else if (event instanceof EntryBanExpiredEvent e) {
            fact.ban(e.banId()).on(e.endedOn()).kind(FactKind.BAN_EXPIRED);
        }
        return fact.build(profile == null ? EilCodes.UNKNOWN : EilCodes.citizen(profile.current()));
    }

    private void issued(BatchedMongo documents, Fact fact, String decisionId, DecisionType type, Set<ReturnGround> grounds, LocalDate issuedOn,
                        LocalDate deadline) {
        documents.save(new DecisionDimensions(decisionId, type, sorted(grounds), deadline), DECISIONS);
        fact.decision(decisionId).on(issuedOn).kind(FactKind.DECISION_ISSUED);
        if (fact.openedOn != null) {
            fact.days = ChronoUnit.DAYS.between(fact.openedOn, issuedOn);
        }
    }

    private static DecisionDimensions decision(BatchedMongo documents, String decisionId) {
        return decisionId == null ? null : documents.findById(decisionId, DecisionDimensions.class, DECISIONS);
    }

    private static String unitOf(Actor actor, CaseDimensions kase) {
        return actor.role() == Role.SYSTEM && kase != null ? kase.unit() : actor.unit();
    }

    private static List<ReturnGround> sorted(Set<ReturnGround> grounds) {
        return grounds == null ? List.of() : grounds.stream().sorted().toList();
    }

    private void ensureIndexes() {
        mongo.indexOps(StatisticalFact.COLLECTION).ensureIndex(new Index().on("kinds", Sort.Direction.ASC)
                .on("day", Sort.Direction.ASC));
    }

    /** Collects one fact's dimensions while the event is read. */
    private static final class Fact {

        private final BatchedMongo documents;
        private final PersonEvent event;
        private final EventMessage<?> message;
        private final List<FactKind> kinds = new ArrayList<>();
        private LocalDate day;
        private String caseId;
        private String decisionId;
        private Institution institution;
        private String unit;
        private LocalDate openedOn;
        private DecisionType decisionType;
        private List<ReturnGround> grounds = List.of();
        private String detail;
        private String destination;
        private String returnType;
        private String assistance;
        private Long days;
        private Boolean unaccompaniedMinor;

        Fact(BatchedMongo documents, PersonEvent event, EventMessage<?> message) {
            this.documents = documents;
            this.event = event;
            this.message = message;
            this.day = BusinessCalendar.dayOf(event.occurredAt());
            this.institution = event.actor().institution();
            this.unit = event.actor().unit();
        }

        void inCase(String caseId, CaseDimensions kase) {
            this.caseId = caseId;
            if (kase != null) {
                institution = kase.institution();
                unit = unitOf(event.actor(), kase);
                openedOn = kase.openedOn();
                unaccompaniedMinor = kase.unaccompaniedMinor();
            }
        }

        Fact decision(String decisionId) {
            this.decisionId = decisionId;
            DecisionDimensions decision = StatisticsProjection.decision(documents, decisionId);
            if (decision != null) {
                decisionType = decision.type();
                grounds = decision.grounds();
            }
            return this;
        }

        Fact ban(String banId) {
            BanDimensions ban = documents.findById(banId, BanDimensions.class, BANS);
            if (ban != null) {
                decision(ban.decisionId());
                detail = ban.band();
            }
            return this;
        }

        Fact on(LocalDate effective) {
            if (effective != null) {
                day = effective;
            }
            return this;
        }

        Fact kind(FactKind kind) {
            kinds.add(kind);
            return this;
        }

        Fact returned(String type, String assistedOrNot, String destinationCountry) {
            returnType = type;
            detail = type;
            assistance = assistedOrNot;
            destination = destinationCountry == null ? EilCodes.UNKNOWN : destinationCountry.toUpperCase();
            return this;
        }

        StatisticalFact build(String citizenship) {
            Instant recordedAt = message.getTimestamp();
            return new StatisticalFact(message.getIdentifier(), event.getClass().getSimpleName().replace("Event", ""),
                    List.copyOf(kinds), event.personId(), caseId, decisionId, day.toString(), StatisticalFact.monthOf(day),
                    StatisticalFact.quarterOf(day), String.valueOf(day.getYear()), recordedAt, institution, unit,
                    event.actor().userId(), event.actor().role(), citizenship, decisionType, grounds, detail, destination,
                    returnType, assistance, days, unaccompaniedMinor);
        }
    }
}
