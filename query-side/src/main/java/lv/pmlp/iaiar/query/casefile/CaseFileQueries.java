package lv.pmlp.iaiar.query.casefile;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.events.PersonEvent;
import lv.pmlp.iaiar.projections.casefile.CaseFile;
import lv.pmlp.iaiar.projections.casefile.CaseFileCollection;
import lv.pmlp.iaiar.projections.casefile.CaseFiles;
import lv.pmlp.iaiar.projections.casefile.CaseView;

/** Answers case-file questions: now from the read model, as of a past instant from the event log. */
@Component
class CaseFileQueries {

    private final MongoTemplate mongo;
    private final EventStore log;

    CaseFileQueries(MongoTemplate mongo, EventStore log) {
        this.mongo = mongo;
        this.log = log;
    }

    @QueryHandler
    Optional<CaseFile> handle(FindCaseFileQuery query) {
        return Optional.ofNullable(mongo.findById(query.personId(), CaseFile.class, CaseFileCollection.NAME));
    }

    /**
     * Folds the person's stream and the streams of their cases, in recording order, keeping only the events the
     * question admits. The read model only tells which case streams exist; every fact comes from the log.
     */
    @QueryHandler
    Optional<CaseFile> handle(CaseFileAsOfQuery query) {
        List<String> streams = new ArrayList<>();
        streams.add(query.personId());
        CaseFile current = mongo.findById(query.personId(), CaseFile.class, CaseFileCollection.NAME);
        if (current != null) {
            current.cases().stream().map(CaseView::caseId).forEach(streams::add);
        }
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (String stream : streams) {
            log.readEvents(stream).asStream().filter(e -> admitted(e, query)).forEach(events::add);
        }
        events.sort(Comparator.<DomainEventMessage<?>, Instant>comparing(DomainEventMessage::getTimestamp)
                .thenComparing(DomainEventMessage::getAggregateIdentifier)
                .thenComparingLong(DomainEventMessage::getSequenceNumber));
        CaseFile file = CaseFile.empty(query.personId());
        for (DomainEventMessage<?> event : events) {
            file = CaseFiles.apply(file, (PersonEvent) event.getPayload(), event.getAggregateIdentifier(),
                    event.getSequenceNumber(), event.getTimestamp());
        }
        return file.isRegistered() ? Optional.of(file) : Optional.empty();
    }

    @QueryHandler
    PersonsDueForErasure handle(FindPersonsDueForErasureQuery query) {
        Query due = Query.query(where("lifecycle.settledOn").lte(query.settledOnOrBefore()).and("lifecycle.erasedAt").is(null))
                .limit(query.limit());
        due.fields().include("_id");
        return new PersonsDueForErasure(mongo.find(due, org.bson.Document.class, CaseFileCollection.NAME).stream()
                .map(d -> d.getString("_id")).toList());
    }

    private static boolean admitted(DomainEventMessage<?> event, CaseFileAsOfQuery query) {
        if (!(event.getPayload() instanceof PersonEvent payload)) {
            return false;
        }
        boolean known = query.recordedAt() == null || !event.getTimestamp().isAfter(query.recordedAt());
        boolean happened = query.businessTime() == null || !payload.occurredAt().isAfter(query.businessTime());
        return known && happened;
    }
}
