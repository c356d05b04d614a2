package lv.pmlp.iaiar.projections.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;

import lv.pmlp.iaiar.projections.ReadModels;
import lv.pmlp.iaiar.projections.batch.BatchedMongo;
import lv.pmlp.iaiar.projections.batch.BatchedWrites;
import lv.pmlp.iaiar.projections.batch.EventBatch;
import lv.pmlp.iaiar.projections.statistics.StatisticsRollups.Count;
import lv.pmlp.iaiar.projections.statistics.StatisticsRollups.PersonRollup;

/**
 * How a batch of the statistics projection reaches the store without transactions, so that handling the batch again
 * after a crash at any point changes nothing, and every counter document is written at most once per batch.
 *
 * <p>During the batch the per-person documents (facts, profiles, dimensions, person rollups) are buffered in
 * {@link BatchedMongo} and the changes to the shared counters are summed here. At the batch's end:
 * <ol>
 * <li>one journal document is written ({@value #COLLECTION}, one per processor segment): its number {@code seq} (one
 *     more than the previous batch's), the summed counter changes, the new content of the person rollups the batch
 *     changed, state {@value #OPEN};</li>
 * <li>the per-person documents are written (one bulk write per collection);</li>
 * <li>the changes are applied to the counter documents: the touched documents are read with one {@code $in} find
 *     per collection, and each one whose marker {@value #MARKER} (the {@code seq} of the last journal applied to it)
 *     is below {@code seq} is replaced by its new counter values (not increments) and {@code j = seq}, without the
 *     counters that reach zero and the maps left empty ({@link CounterChange});</li>
 * <li>if some documents are left without counters, the journal is marked {@value #APPLIED} (keeping only their ids)
 *     and they are deleted; the journal is closed: its content dropped, its {@code seq} kept for the next batch.</li>
 * </ol>
 * Before each batch (and when the register starts) a journal left {@value #OPEN} is finished: its person rollups are
 * written again, and its changes applied where a document's marker is still below its {@code seq}; one left
 * {@value #APPLIED} only has its documents to delete deleted. Then the batch, handled again, finds every person rollup
 * already as the counters hold the person, so it adds nothing. Every write is idempotent or guarded,
 * so it does not matter which of them a crash let through: MongoDB makes each write durable on its own (an
 * unordered bulk write may stop half-way), and the embedded store commits in the background, so it may keep any
 * prefix of them. Documents are deleted only after the journal says it was applied, since a missing document
 * otherwise reads as "not applied yet". Finishing a journal found open conditions each write on the marker it read
 * (another instance starting up may be finishing the same journal, late); the batch that wrote the journal does not
 * need to (see {@link #apply}).
 *
 * <p>The marker is one number per counter document, so the journals must form one sequence: the statistics processor
 * runs one segment (the register's processors are single-threaded), and a batch of any other segment is refused.
 * Several segments would need a marker per segment.
 */
public final class StatisticsJournal {

    public static final String COLLECTION = "statistics_journal";
    /** In each counter document: the {@code seq} of the last journal applied to it. */
    public static final String MARKER = "j";
    static final String SEQ = "seq";
    static final String STATE = "state";
    static final String OPEN = "OPEN";
    static final String APPLIED = "APPLIED";
    static final String CLOSED = "CLOSED";
    static final String COUNTS = "counts";
    static final String ROLLUPS = "rollups";
    /** In a journal marked applied: per collection, the documents left without counters, to delete. */
    static final String EMPTY = "empty";
    /** The counter collections, in the order their changes are applied. */
    static final List<String> COUNTERS = List.of(StatisticsRollups.EIL, StatisticsRollups.IRMA, StatisticsRollups.OPS);

    private static final String SEGMENT_RESOURCE = "Processor[" + ReadModels.STATISTICS + "]/SegmentId";
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    /** The points between the writes at a batch's end, where a crash can stop it. */
    public enum Step {
        OPENED, PERSONS_WRITTEN, COUNTERS_APPLIED, MARKED_APPLIED, EMPTY_REMOVED, CLOSED
    }

    /** Told after each step ({@code collection} for the per-collection ones); tests throw here to stop as a crash would. */
    @FunctionalInterface
    public interface Steps {
        Steps NONE = (step, collection) -> {
        };

        void after(Step step, String collection);
    }

    private final MongoTemplate mongo;
    private final BatchedMongo documents;
    private final Steps steps;

    StatisticsJournal(MongoTemplate mongo, BatchedMongo documents, Steps steps) {
        this.mongo = mongo;
        this.documents = documents;
        this.steps = steps;
    }

    /**
     * Starts the current batch on first use: finishes a journal left open, then takes the next number. Must come
     * before the batch's first use of {@link BatchedMongo}, so that this batch's end runs before the buffer's own.
     */
    Batch batch() {
        return EventBatch.current(this, Batch.class, () -> new Batch(segment()));
    }

    /** Finishes a journal a crash left open (at start-up; every batch also does it first). */
    void finishOpen() {
        finishOpen(journalId(0));
    }

    private static int segment() {
        Integer segment = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getResource(SEGMENT_RESOURCE) : null;
        // the marker in each counter document is one number: a second segment would skip or repeat changes
        if (segment != null && segment != 0) {
            throw new IllegalStateException("The statistics projection runs one segment; segment " + segment
                    + " of processing group " + ReadModels.STATISTICS + " must be merged back");
        }
        return 0;
    }

    private static String journalId(int segment) {
        return ReadModels.STATISTICS + "/" + segment;
    }

    private MongoCollection<Document> journals() {
        return mongo.getCollection(COLLECTION);
    }

    /** The journal's number after finishing what was left open; 0 before the first batch. */
    private long finishOpen(String id) {
        Document journal = journals().find(Filters.eq("_id", id)).first();
        if (journal == null) {
            return 0;
        }
        long seq = journal.get(SEQ, Number.class).longValue();
        String state = journal.getString(STATE);
        if (OPEN.equals(state)) {
            List<Document> persons = journal.getList(ROLLUPS, Document.class);
            writePersons(persons);
            steps.after(Step.PERSONS_WRITTEN, null);
            apply(id, seq, changes(journal.getList(COUNTS, Document.class)), true);
        } else if (APPLIED.equals(state)) {
            Document empty = journal.get(EMPTY, Document.class);
            for (String collection : COUNTERS) {
                removeEmpty(collection, empty.getList(collection, String.class, List.of()), seq, true);
            }
            close(id, seq);
        }
        return seq;
    }

    /**
     * Steps 3 and 4: the counters, then the journal applied (only the documents to delete kept, and only when there
     * are some: otherwise it is closed at once), the empty documents removed, the journal closed.
     *
     * @param guarded whether each write is conditioned on the marker it was read with: when finishing a journal
     *                found open, which another instance starting up may also be doing, late. The batch that wrote
     *                the journal writes by id alone: no newer journal can exist before it closes this one, and
     *                anyone finishing this one sets the same values. (The embedded store serves a write from its
     *                id index only when the filter is the id alone; with the marker it scans the collection.)
     */
    private void apply(String id, long seq, Map<String, Map<String, Map<String, Long>>> changes, boolean guarded) {
        Map<String, List<String>> empty = new LinkedHashMap<>();
        for (String collection : COUNTERS) {
            empty.put(collection, applyCounters(collection, changes.getOrDefault(collection, Map.of()), seq, guarded));
            steps.after(Step.COUNTERS_APPLIED, collection);
        }
        if (empty.values().stream().allMatch(List::isEmpty)) {
            close(id, seq);
            return;
        }
        // the rollups and changes are no longer needed, and rewriting a journal of megabytes is not free
        Document applied = new Document("_id", id).append(SEQ, seq).append(STATE, APPLIED);
        applied.append(EMPTY, new Document(empty.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> (Object) e.getValue()))));
        journals().replaceOne(Filters.and(Filters.eq("_id", id), Filters.eq(SEQ, seq)), applied);
        steps.after(Step.MARKED_APPLIED, null);
        for (String collection : COUNTERS) {
            removeEmpty(collection, empty.get(collection), seq, guarded);
        }
        close(id, seq);
    }

    private void close(String id, long seq) {
        journals().replaceOne(Filters.and(Filters.eq("_id", id), Filters.eq(SEQ, seq)),
                new Document("_id", id).append(SEQ, seq).append(STATE, CLOSED));
        steps.after(Step.CLOSED, null);
    }

    private void writePersons(List<Document> persons) {
        if (persons.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(persons.size());
        for (Document person : persons) {
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", person.get("_id")), person, new ReplaceOptions().upsert(true)));
        }
        mongo.getCollection(StatisticsRollups.PERSONS).bulkWrite(writes, UNORDERED);
    }

    /**
     * Reads the touched documents with one find and writes each one not yet holding journal {@code seq}.
     *
     * @return the documents that hold no counter once the journal is applied
     */
    private List<String> applyCounters(String collection, Map<String, Map<String, Long>> changes, long seq,
                                       boolean guarded) {
        List<String> empty = new ArrayList<>();
        if (changes.isEmpty()) {
            return empty;
        }
        MongoCollection<Document> counters = mongo.getCollection(collection);
        Map<String, Document> current = new TreeMap<>();
        counters.find(Filters.in("_id", changes.keySet())).forEach(d -> current.put(d.getString("_id"), d));
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> entry : changes.entrySet()) {
            String id = entry.getKey();
            Document document = current.get(id);
            Long marker = document == null ? null : markerOf(document);
            if (marker != null && marker > seq) {
                throw new IllegalStateException(collection + " " + id + " holds journal " + marker + ", newer than " + seq
                        + ": the statistics journal was lost; rebuild the statistics");
            }
            if (marker != null && marker == seq) {
                if (!CounterChange.hasCounters(document)) {
                    empty.add(id);
                }
                continue;
            }
            CounterChange change = CounterChange.of(document, entry.getValue());
            Bson filter = Filters.eq("_id", id);
            if (guarded) {
                filter = Filters.and(filter, marker == null ? Filters.exists(MARKER, false) : Filters.eq(MARKER, marker));
            }
            writes.add(new ReplaceOneModel<>(filter, change.replacement(id, MARKER, seq),
                    new ReplaceOptions().upsert(document == null)));
            if (change.empty()) {
                empty.add(id);
            }
        }
        if (!writes.isEmpty()) {
            counters.bulkWrite(writes, UNORDERED);
        }
        return empty;
    }

    private void removeEmpty(String collection, List<String> ids, long seq, boolean guarded) {
        if (!ids.isEmpty()) {
            List<WriteModel<Document>> deletes = new ArrayList<>(ids.size());
            for (String id : ids) {
                Bson filter = Filters.eq("_id", id);
                deletes.add(new DeleteOneModel<>(guarded ? Filters.and(filter, Filters.eq(MARKER, seq)) : filter));
            }
            mongo.getCollection(collection).bulkWrite(deletes, UNORDERED);
        }
        steps.after(Step.EMPTY_REMOVED, collection);
    }

    private static Long markerOf(Document document) {
        return document.get(MARKER) instanceof Number n ? n.longValue() : null;
    }

    /** The journal's counter changes: collection, then document, then counter. */
    private static Map<String, Map<String, Map<String, Long>>> changes(List<Document> counts) {
        Map<String, Map<String, Map<String, Long>>> changes = new TreeMap<>();
        for (Document count : counts) {
            changes.computeIfAbsent(count.getString("in"), c -> new TreeMap<>())
                    .computeIfAbsent(count.getString("doc"), d -> new TreeMap<>())
                    .merge(count.getString("field"), count.get("n", Number.class).longValue(), Long::sum);
        }
        return changes;
    }

    /** One batch: the person rollups it changed and the sum of their changes to the counters. */
    final class Batch implements BatchedWrites {

        private final String id;
        private final long seq;
        /** By person: the rollup as the batch leaves it. */
        private final Map<String, PersonRollup> rollups = new LinkedHashMap<>();
        private final Map<String, Map<String, Map<String, Long>>> changes = new TreeMap<>();

        private Batch(int segment) {
            this.id = journalId(segment);
            this.seq = finishOpen(id) + 1;
        }

        /** The person's rollup as the batch leaves it, and what that changes in the counters. */
        void changed(PersonRollup rollup, List<Count> difference) {
            rollups.put(rollup.personId(), rollup);
            for (Count count : difference) {
                changes.computeIfAbsent(count.in(), c -> new TreeMap<>()).computeIfAbsent(count.doc(), d -> new TreeMap<>())
                        .merge(count.field(), count.n(), Long::sum);
            }
        }

        @Override
        public void flush() {
            if (rollups.isEmpty()) {
                // facts, profiles and dimensions alone go out with the buffer's own flush, right after this
                return;
            }
            List<Document> persons = new ArrayList<>(rollups.size());
            for (PersonRollup changed : rollups.values()) {
                // the same mapping the buffer (and MongoTemplate.save) uses, so a rollup written again is the same
                Document person = new Document();
                mongo.getConverter().write(changed, person);
                persons.add(person);
            }
            List<Document> counts = new ArrayList<>();
            changes.forEach((in, byDocument) -> byDocument.forEach((doc, byField) -> byField.forEach((field, n) -> {
                if (n != 0) {
                    counts.add(new Document("in", in).append("doc", doc).append("field", field).append("n", n));
                }
            })));
            Map<String, Map<String, Map<String, Long>>> summed = changes(counts);
            rollups.clear();
            changes.clear();

            Bson previous = seq == 1 ? Filters.eq("_id", id) : Filters.and(Filters.eq("_id", id), Filters.eq(SEQ, seq - 1));
            journals().replaceOne(previous, new Document("_id", id).append(SEQ, seq).append(STATE, OPEN)
                    .append(COUNTS, counts).append(ROLLUPS, persons), new ReplaceOptions().upsert(true));
            steps.after(Step.OPENED, null);
            documents.now(store -> {
            });
            steps.after(Step.PERSONS_WRITTEN, null);
            apply(id, seq, summed, false);
        }
    }
}
