package lv.pmlp.iaiar.api.web;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.events.Institution;

/**
 * Allocates business case numbers {@code {PMLP|VRS}-{yyyy}-{seq}} with an atomic counter per institution and
 * year. A number taken by a request that is then refused stays unused: numbers are unique, not gap-free.
 */
@Component
public class CaseNumbers {

    static final String COLLECTION = "case_number_counters";

    private final MongoTemplate mongo;

    CaseNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    record Counter(String id, long next) {
    }

    String allocate(Institution institution, LocalDate openedOn) {
        String key = institution + "-" + openedOn.getYear();
        Counter counter = mongo.findAndModify(Query.query(where("_id").is(key)), new Update().inc("next", 1),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Counter.class, COLLECTION);
        return String.format("%s-%06d", key, counter.next());
    }

    /** The last sequence number given out per {@code "{institution}-{year}"}. */
    public Map<String, Long> taken() {
        return mongo.findAll(Counter.class, COLLECTION).stream().collect(Collectors.toMap(Counter::id, Counter::next));
    }

    /** Marks every number up to {@code sequence} as taken, e.g. after cases were loaded with numbers of their own. */
    public void reserveThrough(String key, long sequence) {
        mongo.upsert(Query.query(where("_id").is(key)), new Update().max("next", sequence), COLLECTION);
    }
}
