package lv.pmlp.iaiar.query.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import lv.pmlp.iaiar.events.person.PersonNames;
import lv.pmlp.iaiar.projections.search.PersonSearchDocument;
import lv.pmlp.iaiar.projections.search.PersonSearchIndex;

/** Answers {@link SearchPersonsQuery} from the person search index; reads only. */
@Component
class PersonSearchHandler {

    private final ElasticsearchClient client;
    private final PersonSearchIndex index;

    PersonSearchHandler(ElasticsearchClient client, PersonSearchIndex index) {
        this.client = client;
        this.index = index;
    }

    @QueryHandler
    PersonSearchResponse search(SearchPersonsQuery query) {
        SearchResponse<HitSource> found;
        try {
            found = client.search(s -> s.index(index.name())
                    .query(PersonSearchQueries.of(query))
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    // equal scores in a stable order, so paging neither repeats nor skips a person
                    .sort(o -> o.score(c -> c.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field(PersonSearchIndex.PERSON_ID).order(SortOrder.Asc)))
                    .source(c -> c.filter(f -> f.includes(HitSource.FIELDS))), HitSource.class);
        } catch (ElasticsearchException e) {
            // nothing was ever indexed (a new register, or a rebuild that has not started): nobody to find
            if ("index_not_found_exception".equals(e.error().type())) {
                return new PersonSearchResponse(0, query.page(), query.size(), List.of());
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long total = found.hits().total() == null ? found.hits().hits().size() : found.hits().total().value();
        return new PersonSearchResponse(total, query.page(), query.size(), found.hits().hits().stream().map(PersonSearchHandler::hit).toList());
    }

    /**
     * What an answer shows of a hit, fetched alone: reading the whole {@link PersonSearchDocument} would derive its
     * name keys again (ICU transliteration), which JFR showed as most of a search's time in the register.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record HitSource(String personId, PersonNames names, LocalDate dateOfBirth, List<String> citizenships) {

        static final List<String> FIELDS = List.of("personId", "names", "dateOfBirth", "citizenships");

        HitSource {
            citizenships = citizenships == null ? List.of() : citizenships;
        }
    }

    private static PersonSearchHit hit(Hit<HitSource> hit) {
        HitSource person = hit.source();
        List<String> matchedBy = Arrays.stream(MatchReason.values())
                .map(r -> r.label)
                .filter(hit.matchedQueries()::contains)
                .toList();
        return new PersonSearchHit(person.personId(), person.names(), person.dateOfBirth(), person.citizenships(),
                hit.score() == null ? 0 : hit.score(), matchedBy);
    }
}
