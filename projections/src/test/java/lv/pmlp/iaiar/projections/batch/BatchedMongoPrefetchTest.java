package lv.pmlp.iaiar.projections.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Reads by id served from a batch's prefetch: the same answers as reading the store after each event's writes, with
 * one query per collection for the whole batch. Events here are {@link Read}, {@link Save} and {@link Remove}
 * commands on {@link Note} documents; each reads the document it names (declared ahead), then writes.
 */
class BatchedMongoPrefetchTest {

    static final String NOTES = "notes";
    static final String TAGS = "tags";

    record Note(@Id String id, String text) {
    }

    record Tag(@Id String id, String label) {
    }

    record Read(String id) {
    }

    record Save(String id, String text) {
    }

    record Remove(String id) {
    }

    /** Every event reads its note; Read events also read the tag of the same id. */
    static final BatchReads READS = (message, reads) -> {
        Object payload = message.getPayload();
        if (payload instanceof Read r) {
            reads.byId(NOTES, r.id(), Note.class);
            reads.byId(TAGS, r.id(), Tag.class);
        } else if (payload instanceof Save s) {
            reads.byId(NOTES, s.id(), Note.class);
        } else if (payload instanceof Remove r) {
            reads.byId(NOTES, r.id(), Note.class);
        }
    };

    InProcessMongo store = new InProcessMongo();
    BatchedMongo batch = new BatchedMongo(store.template, READS);
    /** What each Read event saw: the note's text, or "-" when there was none. */
    List<String> seen = new ArrayList<>();

    @AfterEach
    void stop() {
        store.close();
    }

    void handle(EventMessage<?> message) {
        Object payload = message.getPayload();
        if (payload instanceof Read r) {
            Note note = batch.findById(r.id(), Note.class, NOTES);
            Tag tag = batch.findById(r.id(), Tag.class, TAGS);
            seen.add((note == null ? "-" : note.text()) + (tag == null ? "" : "#" + tag.label()));
        } else if (payload instanceof Save s) {
            Note before = batch.findById(s.id(), Note.class, NOTES);
            batch.save(new Note(s.id(), before == null ? s.text() : before.text() + "+" + s.text()), NOTES);
        } else if (payload instanceof Remove r) {
            batch.findById(r.id(), Note.class, NOTES);
            batch.removeById(r.id(), NOTES);
        }
    }

    static List<EventMessage<?>> events(Object... payloads) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (Object payload : payloads) {
            events.add(GenericEventMessage.asEventMessage(payload));
        }
        return events;
    }

    @Test
    void aBatchReadsItsDocumentsWithOneQueryPerCollection() {
        store.template.save(new Note("a", "alpha"), NOTES);
        store.template.save(new Note("b", "beta"), NOTES);
        store.template.save(new Tag("a", "first"), TAGS);
        store.findsSinceLastAsked();

        InProcessMongo.inOneBatch(events(new Read("a"), new Read("b"), new Read("c"), new Read("a")), this::handle);

        assertThat(seen).containsExactly("alpha#first", "beta", "-", "alpha#first");
        assertThat(store.findsSinceLastAsked()).isEqualTo(2);
    }

    @Test
    void aDocumentWrittenEarlierInTheBatchIsReadAsWritten() {
        store.template.save(new Note("a", "alpha"), NOTES);

        InProcessMongo.inOneBatch(events(new Save("a", "one"), new Read("a"), new Save("a", "two"), new Read("a")), this::handle);

        assertThat(seen).containsExactly("alpha+one", "alpha+one+two");
        assertThat(store.template.findById("a", Note.class, NOTES)).isEqualTo(new Note("a", "alpha+one+two"));
    }

    @Test
    void aDocumentDeletedInTheBatchReadsAsAbsentUntilSavedAgain() {
        store.template.save(new Note("a", "alpha"), NOTES);

        InProcessMongo.inOneBatch(events(new Remove("a"), new Read("a"), new Save("a", "again"), new Read("a")), this::handle);

        assertThat(seen).containsExactly("-", "again");
        assertThat(store.template.findById("a", Note.class, NOTES)).isEqualTo(new Note("a", "again"));
    }

    @Test
    void aDocumentPrefetchedAsAbsentAndCreatedInTheBatchIsStoredAtItsEnd() {
        store.findsSinceLastAsked();

        InProcessMongo.inOneBatch(events(new Read("new"), new Save("new", "created"), new Read("new")), this::handle);

        assertThat(seen).containsExactly("-", "created");
        assertThat(store.findsSinceLastAsked()).as("the two prefetch queries, nothing per event").isEqualTo(2);
        assertThat(store.template.findById("new", Note.class, NOTES)).isEqualTo(new Note("new", "created"));
    }

    /** Inserted because the prefetch found it missing; someone else stored it meanwhile: replaced, not refused. */
    @Test
    void aDocumentFoundMissingButStoredMeanwhileIsReplacedAtTheBatchEnd() {
        InProcessMongo.inOneBatch(events(new Read("a"), new Save("a", "ours")), message -> {
            handle(message);
            if (message.getPayload() instanceof Save) {
                store.template.insert(new Note("a", "theirs"), NOTES);
            }
        });

        assertThat(store.template.findById("a", Note.class, NOTES)).isEqualTo(new Note("a", "ours"));
    }

    @Test
    void aDocumentSavedAsNewThatExistsAlreadyIsReplaced() {
        BatchedMongo plain = new BatchedMongo(store.template);
        store.template.save(new Note("a", "first delivery"), NOTES);

        InProcessMongo.inOneBatch(events(new Read("b")), message -> {
            plain.saveNew(new Note("a", "second delivery"), NOTES);
            plain.saveNew(new Note("b", "new"), NOTES);
        });

        assertThat(store.template.findAll(Note.class, NOTES)).containsExactlyInAnyOrder(new Note("a", "second delivery"),
                new Note("b", "new"));
    }

    @Test
    void aDocumentDeletedAfterItsCreationInTheBatchIsNotStored() {
        InProcessMongo.inOneBatch(events(new Save("a", "short-lived"), new Remove("a"), new Read("a")), this::handle);

        assertThat(seen).containsExactly("-");
        assertThat(store.template.findById("a", Note.class, NOTES)).isNull();
    }

    @Test
    void aReadNobodyDeclaredIsSentToTheStoreOnceAndRemembered() {
        store.template.save(new Tag("x", "undeclared"), TAGS);
        List<String> labels = new ArrayList<>();
        store.findsSinceLastAsked();

        InProcessMongo.inOneBatch(events(new Save("a", "one"), new Save("b", "two")), message -> {
            handle(message);
            Tag tag = batch.findById("x", Tag.class, TAGS);
            labels.add(tag.label());
        });

        assertThat(labels).containsExactly("undeclared", "undeclared");
        assertThat(store.findsSinceLastAsked()).as("one prefetch of notes, one read of the undeclared tag").isEqualTo(2);
    }

    @Test
    void whatAnOperationRunNowChangesIsSeenByTheReadsAfterIt() {
        store.template.save(new Note("a", "alpha"), NOTES);

        InProcessMongo.inOneBatch(events(new Read("a"), new Save("b", "beta"), new Read("a"), new Read("b")), message -> {
            handle(message);
            if (message.getPayload() instanceof Save) {
                batch.now(m -> m.updateMulti(new Query(), Update.update("text", "changed"), NOTES));
            }
        });

        assertThat(seen).containsExactly("alpha", "changed", "changed");
    }

    @Test
    void withoutDeclaredReadsEveryReadIsSentToTheStore() {
        BatchedMongo plain = new BatchedMongo(store.template);
        store.template.save(new Note("a", "alpha"), NOTES);
        List<String> texts = new ArrayList<>();
        store.findsSinceLastAsked();

        InProcessMongo.inOneBatch(events(new Read("a"), new Read("a")), message -> {
            texts.add(plain.findById("a", Note.class, NOTES).text());
            // a write beside the buffer, which a plain BatchedMongo has always seen on its next read
            store.template.updateFirst(Query.query(Criteria.where("_id").is("a")), Update.update("text", "later"), NOTES);
        });

        assertThat(texts).containsExactly("alpha", "later");
        assertThat(store.findsSinceLastAsked()).isEqualTo(2);
    }

    @Test
    void outsideABatchReadsAndWritesGoStraightToTheStore() {
        batch.save(new Note("a", "alpha"), NOTES);

        assertThat(store.template.findById("a", Note.class, NOTES)).isEqualTo(new Note("a", "alpha"));
        assertThat(batch.findById("a", Note.class, NOTES)).isEqualTo(new Note("a", "alpha"));
    }
}
