package lv.pmlp.iaiar.benchmarks.jmh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bson.RawBsonDocument;
import org.h2.mvstore.WriteBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.Unpooled;
import lv.pmlp.iaiar.api.config.LogFormat;
import lv.pmlp.iaiar.api.embedded.BsonPages;
import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;

/**
 * What the embedded read-model store does to every document it writes to or reads from its file: our backend's
 * BSON pages ({@link BsonPages}) beside the Java serialisation mongo-java-server's H2 backend uses. Documents are
 * the synthetic population's registrations as the server holds them (nested names in many scripts, documents,
 * lists).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadModelStorePages {

    private static final int DOCUMENTS = 512;

    private Document[] documents;
    private byte[][] bson;
    private byte[][] serialised;
    private int next;

    @Setup
    public void setUp() throws Exception {
        List<ForeignerRegisteredEvent> events = Population.registrations(DOCUMENTS);
        documents = new Document[events.size()];
        bson = new byte[events.size()][];
        serialised = new byte[events.size()][];
        for (int i = 0; i < events.size(); i++) {
            String json = LogFormat.objectMapper().writeValueAsString(events.get(i));
            byte[] wire = RawBsonDocument.parse(json).getByteBuffer().array();
            documents[i] = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(wire));
            bson[i] = BsonPages.encode(documents[i]);
            serialised[i] = javaSerialise(documents[i]);
        }
    }

    private int index() {
        next = (next + 1) % documents.length;
        return next;
    }

    @Benchmark
    public byte[] writeBsonPage() {
        return BsonPages.encode(documents[index()]);
    }

    /** The same with mongo-java-server's own encoder, as the store wrote pages before its own writer. */
    @Benchmark
    public byte[] writeBsonPageLibraryEncoder() {
        return BsonPages.encodeWithLibrary(documents[index()]);
    }

    /** A statistics counter document: a thousand counters in two maps, as the EIL and monthly documents hold them. */
    private final Document counters = counters();

    @Benchmark
    public byte[] writeCounterDocument() {
        return BsonPages.encode(counters);
    }

    @Benchmark
    public byte[] writeCounterDocumentLibraryEncoder() {
        return BsonPages.encodeWithLibrary(counters);
    }

    private static Document counters() {
        Document cells = new Document();
        Document uam = new Document();
        String[] sexes = {"F", "M", "T"};
        for (int citizen = 0; citizen < 12; citizen++) {
            for (String sex : sexes) {
                for (int age = 0; age < 28; age++) {
                    cells.put("C" + citizen + "|" + sex + "|Y" + age, (long) (citizen + age + 1));
                }
            }
        }
        uam.put("UAM", 3L);
        uam.put("NOT_UAM", 40L);
        return new Document("_id", "migr_eiord:2026-Q1#3").append("cells", cells).append("uam", uam).append("j", 1234L);
    }

    private final WriteBuffer page = new WriteBuffer(64 * 1024);

    /** As the store writes a page since: straight into the page's buffer through a scratch buffer per thread. */
    @Benchmark
    public int writeBsonPageInto() {
        page.clear();
        BsonPages.encodeInto(page, documents[index()]);
        return page.position();
    }

    @Benchmark
    public Document readBsonPage() {
        return BsonPages.decode(ByteBuffer.wrap(bson[index()]));
    }

    @Benchmark
    public byte[] writeJavaSerialised() throws Exception {
        return javaSerialise(documents[index()]);
    }

    @Benchmark
    public Object readJavaSerialised() throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialised[index()]))) {
            return in.readObject();
        }
    }

    /** An index page's entries (a name key and the document's id, as the case files' indexes hold them). */
    private static final int INDEX_ENTRIES = 100;
    private final Object[][] indexEntries = new Object[INDEX_ENTRIES][];

    @Setup
    public void setUpIndex() {
        for (int i = 0; i < INDEX_ENTRIES; i++) {
            indexEntries[i] = new Object[] {new KeyValue("RU" + (100_000 + i)), "person-" + UUID.nameUUIDFromBytes(new byte[] {(byte) i})};
        }
    }

    /** Layout bson-1: every id and key of the page as a small BSON document. */
    @Benchmark
    public int writeIndexPageBsonHolders() {
        return writeIndexPage(false);
    }

    /** Layout bson-2: a tag and the value's bytes. */
    @Benchmark
    public int writeIndexPageCompact() {
        return writeIndexPage(true);
    }

    private int writeIndexPage(boolean compact) {
        int bytes = 0;
        for (Object[] entry : indexEntries) {
            bytes += BsonPages.encodeValue(entry[0], compact).length + BsonPages.encodeValue(entry[1], compact).length;
        }
        return bytes;
    }

    private static byte[] javaSerialise(Document document) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(document);
        }
        return bytes.toByteArray();
    }
}
