package lv.pmlp.iaiar.query.history;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.projections.history.HistoryEntry;
import lv.pmlp.iaiar.query.PageResponse;
import lv.pmlp.iaiar.query.Paging;

@Component
class PersonHistoryQueries {

    private final MongoTemplate mongo;

    PersonHistoryQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    PersonHistoryPage handle(FindPersonHistoryQuery query) {
        Criteria criteria = where("personId").is(query.personId());
        if (query.recordedUntil() != null) {
            criteria = criteria.and("recordedAt").lte(query.recordedUntil());
        }
        if (query.occurredUntil() != null) {
            criteria = criteria.and("occurredAt").lte(query.occurredUntil());
        }
        PageResponse<HistoryEntry> page = Paging.page(mongo, Query.query(criteria), Sort.by("recordedAt", "streamId", "sequence"),
                query.page(), query.size(), HistoryEntry.class, HistoryEntry.COLLECTION);
        return new PersonHistoryPage(page.items(), page.page(), page.size(), page.total());
    }

    @QueryHandler
    Optional<RecordedEvent> handle(FindRecordedEventQuery query) {
        HistoryEntry entry = mongo.findById(query.eventId(), HistoryEntry.class, HistoryEntry.COLLECTION);
        return Optional.ofNullable(entry)
                .map(e -> new RecordedEvent(e.eventId(), e.streamId(), e.sequence(), e.eventType()));
    }
}
