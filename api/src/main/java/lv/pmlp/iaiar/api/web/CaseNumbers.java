package lv.pmlp.iaiar.api.web;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.api.config.CommandSideProperties;
import lv.pmlp.iaiar.events.Institution;

/**
 * Allocates business case numbers {@code {PMLP|VRS}-{yyyy}-{seq}} from an atomic counter per institution and year.
 * Numbers are unique, not gap-free: a number taken by a request that is then refused stays unused (nothing in the
 * register's rules or the domain brief asks for gap-free numbers).
 * <p>
 * A node reserves {@code register.command-side.case-number-block} numbers per counter update and gives them out in
 * order, so with a block of 20 only every 20th case opening waits for the store. When the node stops it hands the
 * unused rest of its blocks back, unless another node reserved after it; a node that dies leaves its rest unused, a
 * gap of at most a block. With several nodes each gives out its own block, so numbers are unique but not in the order
 * the cases were opened; the {@code axonserver} profile therefore reserves one number at a time.
 */
@Component
public class CaseNumbers implements DisposableBean {

    static final String COLLECTION = "case_number_counters";

    private final MongoTemplate mongo;
    private final int block;
    /** Per {@code "{institution}-{year}"}: the numbers this node reserved and has not given out yet. */
    private final Map<String, Block> reserved = new HashMap<>();

    CaseNumbers(MongoTemplate mongo, CommandSideProperties properties) {
        this.mongo = mongo;
        this.block = properties.caseNumberBlock();
    }

    record Counter(String id, long next) {
    }

    /** {@code next} to {@code last}, both included, are this node's to give out. */
    private record Block(long next, long last) {

        boolean isEmpty() {
            return next > last;
        }
    }

    String allocate(Institution institution, LocalDate openedOn) {
        String key = institution + "-" + openedOn.getYear();
        return String.format("%s-%06d", key, nextSequence(key));
    }

    private synchronized long nextSequence(String key) {
        Block available = reserved.get(key);
        if (available == null || available.isEmpty()) {
            Counter counter = mongo.findAndModify(Query.query(where("_id").is(key)), new Update().inc("next", block),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Counter.class, COLLECTION);
            available = new Block(counter.next() - block + 1, counter.next());
        }
        reserved.put(key, new Block(available.next() + 1, available.last()));
        return available.next();
    }

    /** The last sequence number reserved per {@code "{institution}-{year}"} (given out or held in a node's block). */
    public Map<String, Long> taken() {
        return mongo.findAll(Counter.class, COLLECTION).stream().collect(Collectors.toMap(Counter::id, Counter::next));
    }

    /**
     * Marks every number up to {@code sequence} as taken, e.g. after cases were loaded with numbers of their own; this
     * node's unused block for the key is dropped, so cases opened afterwards continue after the loaded ones.
     */
    public void reserveThrough(String key, long sequence) {
        synchronized (this) {
            reserved.remove(key);
        }
        mongo.upsert(Query.query(where("_id").is(key)), new Update().max("next", sequence), COLLECTION);
    }

    /** Hands back the unused rest of each block whose counter no other node has moved on since. */
    @Override
    public synchronized void destroy() {
        reserved.forEach((key, rest) -> {
            if (!rest.isEmpty()) {
                mongo.updateFirst(Query.query(where("_id").is(key).and("next").is(rest.last())),
                        new Update().set("next", rest.next() - 1), COLLECTION);
            }
        });
        reserved.clear();
    }
}
