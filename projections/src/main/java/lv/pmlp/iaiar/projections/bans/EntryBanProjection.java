package lv.pmlp.iaiar.projections.bans;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;
import lv.pmlp.iaiar.events.person.IdentityDocument;
import lv.pmlp.iaiar.events.person.IdentityDocumentRecordedEvent;
import lv.pmlp.iaiar.events.person.PersonalDataErasedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanActivatedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanExpiredEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanImposedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanLiftedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanShortenedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;
import lv.pmlp.iaiar.projections.ReadModels;
import lv.pmlp.iaiar.projections.batch.BatchReads;
import lv.pmlp.iaiar.projections.batch.BatchedMongo;

/**
 * Entry bans by person and the documents each person holds. A ban change is applied only when its case event
 * is newer than the last one applied to that ban, so redelivered events change nothing.
 */
@Component
@ProcessingGroup(ReadModels.ENTRY_BANS)
class EntryBanProjection {

    private static final String CASES = "entry_ban_cases";

    private final MongoTemplate mongo;
    /**
     * Writes of one event batch go out together; reads see the batch's own writes; what the batch reads is loaded
     * at its first event ({@link #reads}).
     */
    private final BatchedMongo batch;

    EntryBanProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.batch = new BatchedMongo(mongo, EntryBanProjection::reads);
        ensureIndexes();
    }

    /** The case number and institution, remembered so each ban can show them. */
    record CaseEntry(@Id String caseId, String caseNumber, Institution institution) {
    }

    /** What each handler below reads by id (erasure reads by query, after the batch's writes, and needs nothing). */
    static void reads(EventMessage<?> message, BatchReads.Reads reads) {
        Object payload = message.getPayload();
        if (payload instanceof ForeignerRegisteredEvent e && e.documents() != null) {
            e.documents().forEach(d -> reads.byId(BorderCheckEntry.COLLECTION, holdersKeyOf(d), BorderCheckEntry.class));
        } else if (payload instanceof IdentityDocumentRecordedEvent e && e.document() != null) {
            reads.byId(BorderCheckEntry.COLLECTION, holdersKeyOf(e.document()), BorderCheckEntry.class);
        } else if (payload instanceof EntryBanImposedEvent e) {
            reads.byId(EntryBanEntry.COLLECTION, e.banId(), EntryBanEntry.class);
            reads.byId(CASES, e.caseId(), CaseEntry.class);
            reads.byId(BorderCheckEntry.COLLECTION, BorderCheckEntry.bansKey(e.personId()), BorderCheckEntry.class);
        } else if (payload instanceof EntryBanActivatedEvent e) {
            banChange(e.banId(), e.personId(), reads);
        } else if (payload instanceof EntryBanShortenedEvent e) {
            banChange(e.banId(), e.personId(), reads);
        } else if (payload instanceof EntryBanLiftedEvent e) {
            banChange(e.banId(), e.personId(), reads);
        } else if (payload instanceof EntryBanExpiredEvent e) {
            banChange(e.banId(), e.personId(), reads);
        }
    }

    private static String holdersKeyOf(IdentityDocument document) {
        return BorderCheckEntry.holdersKey(IdentityDocumentEntry.normalise(document.number()));
    }

    /** What {@link #change} reads: the ban, then (in {@link #saveBan}) the person's bans for the border check. */
    private static void banChange(String banId, String personId, BatchReads.Reads reads) {
        reads.byId(EntryBanEntry.COLLECTION, banId, EntryBanEntry.class);
        reads.byId(BorderCheckEntry.COLLECTION, BorderCheckEntry.bansKey(personId), BorderCheckEntry.class);
    }

    @EventHandler
    void on(ForeignerRegisteredEvent event) {
        if (event.documents() != null) {
            event.documents().forEach(d -> recordDocument(event.personId(), d));
        }
    }

    @EventHandler
    void on(IdentityDocumentRecordedEvent event) {
        if (event.document() != null) {
            recordDocument(event.personId(), event.document());
        }
    }

    private void recordDocument(String personId, IdentityDocument document) {
        IdentityDocumentEntry entry = IdentityDocumentEntry.of(personId, document);
        batch.save(entry, IdentityDocumentEntry.COLLECTION);
        String key = BorderCheckEntry.holdersKey(entry.number());
        BorderCheckEntry holders = batch.findById(key, BorderCheckEntry.class, BorderCheckEntry.COLLECTION);
        BorderCheckEntry updated = holders == null ? BorderCheckEntry.holders(entry.number(), List.of(personId))
                : holders.withHolder(personId);
        if (updated != holders) {
            batch.save(updated, BorderCheckEntry.COLLECTION);
        }
    }

    /** A border guard can no longer find an erased person by document; their bans stay, keyed by person id. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        batch.now(m -> {
            Query held = Query.query(Criteria.where("personId").is(event.personId()));
            for (IdentityDocumentEntry document : m.find(held, IdentityDocumentEntry.class, IdentityDocumentEntry.COLLECTION)) {
                String key = BorderCheckEntry.holdersKey(document.number());
                BorderCheckEntry holders = m.findById(key, BorderCheckEntry.class, BorderCheckEntry.COLLECTION);
                BorderCheckEntry rest = holders == null ? null : holders.withoutHolder(event.personId());
                if (rest != null && !rest.personIds().isEmpty()) {
                    m.save(rest, BorderCheckEntry.COLLECTION);
                } else if (rest != null) {
                    // the key holds the number: nothing of it may stay once nobody else holds it
                    m.remove(Query.query(Criteria.where("_id").is(key)), BorderCheckEntry.COLLECTION);
                }
            }
            m.remove(held, IdentityDocumentEntry.COLLECTION);
        });
    }

    @EventHandler
    void on(ReturnCaseOpenedEvent event) {
        batch.save(new CaseEntry(event.caseId(), event.caseNumber(), event.institution()), CASES);
    }

    @EventHandler
    void on(EntryBanImposedEvent event, @SequenceNumber long sequence) {
        if (batch.findById(event.banId(), EntryBanEntry.class, EntryBanEntry.COLLECTION) != null) {
            return;
        }
        CaseEntry kase = batch.findById(event.caseId(), CaseEntry.class, CASES);
        saveBan(new EntryBanEntry(event.banId(), event.personId(), event.caseId(), kase == null ? null : kase.caseNumber(),
                kase == null ? null : kase.institution(), event.decisionId(), event.duration().toString(), "PENDING", null, null,
                null, sequence));
    }

    /** The ban itself, and the same state among the person's bans for the border check. */
    private void saveBan(EntryBanEntry ban) {
        batch.save(ban, EntryBanEntry.COLLECTION);
        String key = BorderCheckEntry.bansKey(ban.personId());
        BorderCheckEntry bans = batch.findById(key, BorderCheckEntry.class, BorderCheckEntry.COLLECTION);
        batch.save((bans == null ? BorderCheckEntry.bansOf(ban.personId(), List.of()) : bans).withBan(ban), BorderCheckEntry.COLLECTION);
    }

    @EventHandler
    void on(EntryBanActivatedEvent event, @SequenceNumber long sequence) {
        change(event.banId(), sequence, b -> b.with("ACTIVE", b.duration(), event.startsOn(), event.endsOn(), null, sequence));
    }

    @EventHandler
    void on(EntryBanShortenedEvent event, @SequenceNumber long sequence) {
        change(event.banId(), sequence, b -> b.with(b.state(), event.duration().toString(), b.startsOn(),
                event.endsOn() != null ? event.endsOn() : b.endsOn(), b.endedOn(), sequence));
    }

    @EventHandler
    void on(EntryBanLiftedEvent event, @SequenceNumber long sequence) {
        change(event.banId(), sequence, b -> b.with("LIFTED", b.duration(), b.startsOn(), b.endsOn(),
                BusinessCalendar.dayOf(event.occurredAt()), sequence));
    }

    @EventHandler
    void on(EntryBanExpiredEvent event, @SequenceNumber long sequence) {
        change(event.banId(), sequence, b -> b.with("EXPIRED", b.duration(), b.startsOn(), b.endsOn(), event.endedOn(),
                sequence));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(EntryBanEntry.COLLECTION);
        mongo.dropCollection(IdentityDocumentEntry.COLLECTION);
        mongo.dropCollection(CASES);
        mongo.dropCollection(BorderCheckEntry.COLLECTION);
        ensureIndexes();
    }

    private void change(String banId, long sequence,
                        java.util.function.UnaryOperator<EntryBanEntry> transition) {
        EntryBanEntry ban = batch.findById(banId, EntryBanEntry.class, EntryBanEntry.COLLECTION);
        if (ban != null && ban.caseVersion() < sequence) {
            saveBan(transition.apply(ban));
        }
    }

    private void ensureIndexes() {
        mongo.indexOps(EntryBanEntry.COLLECTION).ensureIndex(new Index().on("personId", Sort.Direction.ASC));
        mongo.indexOps(IdentityDocumentEntry.COLLECTION).ensureIndex(new Index().on("number", Sort.Direction.ASC));
    }
}
