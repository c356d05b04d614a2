package lv.pmlp.iaiar.projections.bans;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
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
import lv.pmlp.iaiar.events.person.IdentityDocumentRecordedEvent;
import lv.pmlp.iaiar.events.person.PersonalDataErasedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanActivatedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanExpiredEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanImposedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanLiftedEvent;
import lv.pmlp.iaiar.events.returncase.EntryBanShortenedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;
import lv.pmlp.iaiar.projections.ReadModels;
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
    /** Writes of one event batch go out together; reads see the batch's own writes. */
    private final BatchedMongo batch;

    EntryBanProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.batch = new BatchedMongo(mongo);
        ensureIndexes();
    }

    /** The case number and institution, remembered so each ban can show them. */
    record CaseEntry(@Id String caseId, String caseNumber, Institution institution) {
    }

    @EventHandler
    void on(ForeignerRegisteredEvent event) {
        if (event.documents() != null) {
            event.documents().forEach(d -> batch.save(IdentityDocumentEntry.of(event.personId(), d), IdentityDocumentEntry.COLLECTION));
        }
    }

    @EventHandler
    void on(IdentityDocumentRecordedEvent event) {
        if (event.document() != null) {
            batch.save(IdentityDocumentEntry.of(event.personId(), event.document()), IdentityDocumentEntry.COLLECTION);
        }
    }

    /** A border guard can no longer find an erased person by document; their bans stay, keyed by person id. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        batch.now(m -> m.remove(Query.query(Criteria.where("personId").is(event.personId())), IdentityDocumentEntry.COLLECTION));
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
        batch.save(new EntryBanEntry(event.banId(), event.personId(), event.caseId(), kase == null ? null : kase.caseNumber(),
                kase == null ? null : kase.institution(), event.decisionId(), event.duration().toString(), "PENDING", null, null,
                null, sequence), EntryBanEntry.COLLECTION);
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
        ensureIndexes();
    }

    private void change(String banId, long sequence,
                        java.util.function.UnaryOperator<EntryBanEntry> transition) {
        EntryBanEntry ban = batch.findById(banId, EntryBanEntry.class, EntryBanEntry.COLLECTION);
        if (ban != null && ban.caseVersion() < sequence) {
            batch.save(transition.apply(ban), EntryBanEntry.COLLECTION);
        }
    }

    private void ensureIndexes() {
        mongo.indexOps(EntryBanEntry.COLLECTION).ensureIndex(new Index().on("personId", Sort.Direction.ASC));
        mongo.indexOps(IdentityDocumentEntry.COLLECTION).ensureIndex(new Index().on("number", Sort.Direction.ASC));
    }
}
