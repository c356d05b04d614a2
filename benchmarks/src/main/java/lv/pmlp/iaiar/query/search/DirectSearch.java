package lv.pmlp.iaiar.query.search;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import lv.pmlp.iaiar.projections.search.PersonSearchIndex;

/**
 * The benchmarks' baseline for person search: the very Elasticsearch request {@link PersonSearchHandler} sends,
 * built by the same package-private {@link PersonSearchQueries}, but without HTTP, security, the query bus and
 * the access log. It lives in the benchmarks module (same package name) so production classes stay closed.
 */
public final class DirectSearch {

    private final ElasticsearchClient client;
    private final PersonSearchIndex index;

    public DirectSearch(ElasticsearchClient client, PersonSearchIndex index) {
        this.client = client;
        this.index = index;
    }

    /** Returns the total hits, so a caller can check that the baseline finds what the API finds. */
    public long search(String name) throws IOException {
        SearchPersonsQuery query = new SearchPersonsQuery(name, null, null, null, null, null, 0, 20);
        return client.search(s -> s.index(index.name())
                        .query(PersonSearchQueries.of(query))
                        .from(0)
                        .size(query.size())
                        .trackTotalHits(t -> t.enabled(true))
                        .sort(o -> o.score(c -> c.order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field(PersonSearchIndex.PERSON_ID).order(SortOrder.Asc)))
                        .source(c -> c.filter(f -> f.includes(PersonSearchHandler.HitSource.FIELDS))),
                PersonSearchHandler.HitSource.class).hits().total().value();
    }
}
