package lv.pmlp.iaiar.query.search;

import java.util.List;

/** One page of persons found, best match first; {@code total} counts every match, not just this page. */
public record PersonSearchResponse(long total, int page, int size, List<PersonSearchHit> hits) {

    public PersonSearchResponse {
        hits = List.copyOf(hits);
    }
}
