package lv.pmlp.iaiar.query.bans;

import java.time.LocalDate;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The benchmarks' baseline for the border check: the two MongoDB lookups of {@link EntryBanQueries} (document
 * number to persons, persons to bans), called directly, without HTTP, security, the query bus and the access log.
 */
public final class DirectBorderCheck {

    private final EntryBanQueries queries;

    public DirectBorderCheck(MongoTemplate mongo) {
        this.queries = new EntryBanQueries(mongo);
    }

    /** Returns how many persons hold the document, so a caller can check that the lookup found someone. */
    public int check(String documentNumber, LocalDate on) {
        return queries.handle(new CheckEntryBanQuery(null, documentNumber, on)).personIds().size();
    }
}
