package lv.pmlp.iaiar.query;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Runs one Mongo query as a page: the items of the page and the total count. */
public final class Paging {

    private Paging() {
    }

    public static <T> PageResponse<T> page(MongoTemplate mongo, Query query, Sort sort, int page, int size, Class<T> type,
                                           String collection) {
        long total = mongo.count(Query.of(query).limit(0).skip(0), type, collection);
        List<T> items = mongo.find(Query.of(query).with(PageRequest.of(page, size, sort)), type, collection);
        return new PageResponse<>(items, page, size, total);
    }
}
