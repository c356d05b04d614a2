package lv.pmlp.iaiar.api.embedded;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * How documents, ids and index keys are stored in MVStore pages: as BSON, with the server's own encoder, and
 * compared the way the server compares values. mongo-java-server's H2 backend stores them with Java serialisation
 * (most of its CPU time in our profiles), estimates every document at 10 kB (so its page cache held a few thousand
 * documents) and compares index keys by serialising both sides on every comparison. Public for the store's
 * microbenchmark ({@code ReadModelStorePages}).
 */
public final class BsonPages {

    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

    private BsonPages() {
    }

    public static byte[] encode(Map<String, ?> document) {
        ByteBuf buffer = Unpooled.buffer(256);
        BsonEncoder.encodeDocument(document, buffer);
        byte[] bytes = new byte[buffer.readableBytes()];
        buffer.readBytes(bytes);
        return bytes;
    }

    /** Reads one BSON document at the buffer's position and moves the position past it. */
    public static Document decode(ByteBuffer buffer) {
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        ByteBuffer slice = buffer.slice();
        slice.limit(length);
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(slice));
        buffer.position(buffer.position() + length);
        return document;
    }

    /** A heap estimate for the page cache and the auto-commit threshold; close enough, and cheap. */
    static int estimate(Object value) {
        if (value == null) {
            return 8;
        }
        if (value instanceof CharSequence text) {
            return 48 + text.length();
        }
        if (value instanceof Map<?, ?> map) {
            int size = 64;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 40 + estimate(entry.getKey()) + estimate(entry.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> values) {
            int size = 40;
            for (Object element : values) {
                size += 8 + estimate(element);
            }
            return size;
        }
        if (value instanceof KeyValue key) {
            int size = 32;
            for (Object element : key) {
                size += 8 + estimate(element);
            }
            return size;
        }
        return 24;
    }

    /** Total order of ids and index keys: the server's value order, a key's values one after the other. */
    static int compare(Object a, Object b) {
        if (a instanceof KeyValue x && b instanceof KeyValue y) {
            int common = Math.min(x.size(), y.size());
            for (int i = 0; i < common; i++) {
                int result = compareValues(x.get(i), y.get(i));
                if (result != 0) {
                    return result;
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        return compareValues(a, b);
    }

    private static int compareValues(Object a, Object b) {
        boolean aNone = Missing.isNullOrMissing(a);
        boolean bNone = Missing.isNullOrMissing(b);
        if (aNone || bNone) {
            return Boolean.compare(!aNone, !bNone);
        }
        return VALUES.compare(a, b);
    }

    /** Documents, the values of a collection's map. */
    static final class DocumentType extends BasicDataType<Document> {

        static final DocumentType INSTANCE = new DocumentType();

        @Override
        public int getMemory(Document document) {
            return estimate(document);
        }

        @Override
        public void write(WriteBuffer buffer, Document document) {
            buffer.put(encode(document));
        }

        @Override
        public Document read(ByteBuffer buffer) {
            return decode(buffer);
        }

        @Override
        public Document[] createStorage(int size) {
            return new Document[size];
        }
    }

    /** Ids (a document's position), index keys ({@link KeyValue}) and the positions index entries point to. */
    static final class ValueType extends BasicDataType<Object> {

        static final ValueType INSTANCE = new ValueType();

        private static final String VALUE = "v";
        private static final String KEY = "k";
        private static final String MISSING = "m";

        @Override
        public int getMemory(Object value) {
            return estimate(value);
        }

        @Override
        public void write(WriteBuffer buffer, Object value) {
            Document holder = new Document();
            if (value instanceof KeyValue key) {
                holder.put(KEY, key.stream().toList());
            } else if (value instanceof Missing) {
                holder.put(MISSING, true);
            } else {
                holder.put(VALUE, value);
            }
            buffer.put(encode(holder));
        }

        @Override
        public Object read(ByteBuffer buffer) {
            Document holder = decode(buffer);
            if (holder.containsKey(KEY)) {
                return new KeyValue((List<?>) holder.get(KEY));
            }
            if (holder.containsKey(MISSING)) {
                return Missing.getInstance();
            }
            return holder.get(VALUE);
        }

        @Override
        public int compare(Object a, Object b) {
            return BsonPages.compare(a, b);
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }
}
