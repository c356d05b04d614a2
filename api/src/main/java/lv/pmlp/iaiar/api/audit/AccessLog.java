package lv.pmlp.iaiar.api.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import jakarta.servlet.http.HttpServletRequest;
import lv.pmlp.iaiar.events.Actor;

/**
 * Append-only: this class only inserts and reads; no endpoint or code path updates or deletes an entry. It
 * lives in a database of its own, apart from the read models that rebuilds drop and recreate.
 */
public class AccessLog {

    public static final String PURPOSE = "X-Purpose";
    public static final String CASE_REFERENCE = "X-Case-Reference";
    static final String COLLECTION = "access_log";

    private final MongoTemplate store;
    private final Clock clock;

    public AccessLog(MongoTemplate store, Clock clock) {
        this.store = store;
        this.clock = clock;
        store.indexOps(COLLECTION).ensureIndex(new Index().on("personIds", Sort.Direction.ASC).on("at", Sort.Direction.ASC));
        store.indexOps(COLLECTION).ensureIndex(new Index().on("userId", Sort.Direction.ASC).on("at", Sort.Direction.ASC));
    }

    /** The purpose the caller stated, from the {@code X-Purpose} header or the {@code purpose} parameter. */
    public static String purposeOf(HttpServletRequest request) {
        String header = request.getHeader(PURPOSE);
        return header != null && !header.isBlank() ? header : request.getParameter("purpose");
    }

    public void recordRead(HttpServletRequest request, Actor reader, Collection<String> personIds) {
        String caseReference = request.getHeader(CASE_REFERENCE) != null ? request.getHeader(CASE_REFERENCE)
                : request.getParameter("caseReference");
        store.insert(new AccessLogEntry(UUID.randomUUID().toString(), clock.instant(), reader.userId(), reader.institution(),
                reader.unit(), reader.role(), request.getMethod(), request.getRequestURI(), request.getQueryString(),
                purposeOf(request), caseReference, List.copyOf(personIds)), COLLECTION);
    }

    public record Page(List<AccessLogEntry> items, int page, int size, long total) {
    }

    public Page find(String personId, String userId, int page, int size) {
        Criteria criteria = new Criteria();
        if (personId != null) {
            criteria = criteria.and("personIds").is(personId);
        }
        if (userId != null) {
            criteria = criteria.and("userId").is(userId);
        }
        Query query = Query.query(criteria);
        long total = store.count(query, AccessLogEntry.class, COLLECTION);
        List<AccessLogEntry> items = store.find(Query.of(query).with(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "at"))),
                AccessLogEntry.class, COLLECTION);
        return new Page(items, page, size, total);
    }
}
