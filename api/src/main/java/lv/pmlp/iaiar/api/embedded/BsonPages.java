package lv.pmlp.iaiar.api.embedded;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.h2.mvstore.DataUtils;
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
 * How documents, ids and index keys are stored in MVStore pages: as BSON (written by {@link BsonWriter}, byte for
 * byte as the server's encoder writes it), and compared the way the server compares values. mongo-java-server's H2 backend stores them with Java serialisation
 * (most of its CPU time in our profiles), estimates every document at 10 kB (so its page cache held a few thousand
 * documents) and compares index keys by serialising both sides on every comparison. Public for the store's
 * microbenchmark ({@code ReadModelStorePages}).
 */
public final class BsonPages {

    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

    private BsonPages() {
    }

    public static byte[] encode(Map<String, ?> document) {
        BsonWriter writer = BsonWriter.scratch().document(document);
        byte[] bytes = Arrays.copyOf(writer.bytes(), writer.size());
        writer.release();
        return bytes;
    }

    /**
     * Encodes straight into the page being written, through one scratch array per thread: encoding into a new
     * growing buffer and copying the result out made about three times a document's size in garbage, for every
     * document of every page a commit rewrites (most of the store's allocation in the benchmark's profiles).
     */
    public static void encodeInto(WriteBuffer page, Map<String, ?> document) {
        BsonWriter writer = BsonWriter.scratch().document(document);
        page.put(writer.bytes(), 0, writer.size());
        writer.release();
    }

    /** mongo-java-server's own encoding, as pages were written before {@link BsonWriter}: for its microbenchmark. */
    public static byte[] encodeWithLibrary(Map<String, ?> document) {
        ByteBuf buffer = Unpooled.buffer(256);
        BsonEncoder.encodeDocument(document, buffer);
        byte[] bytes = new byte[buffer.readableBytes()];
        buffer.readBytes(bytes);
        return bytes;
    }

    /** A document's BSON size, as mongo-java-server counts a collection's data size. */
    static int sizeOf(Map<String, ?> document) {
        BsonWriter writer = BsonWriter.scratch().document(document);
        int size = writer.size();
        writer.release();
        return size;
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

    /** One id, index key or position as a page holds it in layout {@code bson-2} (compact) or {@code bson-1}. */
    public static byte[] encodeValue(Object value, boolean compact) {
        WriteBuffer buffer = new WriteBuffer(64);
        (compact ? ValueType.COMPACT : ValueType.BSON_HOLDERS).write(buffer, value);
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        byte[] bytes = new byte[written.remaining()];
        written.get(bytes);
        return bytes;
    }

    public static Object decodeValue(ByteBuffer buffer, boolean compact) {
        return (compact ? ValueType.COMPACT : ValueType.BSON_HOLDERS).read(buffer);
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
            encodeInto(buffer, document);
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

    /**
     * Ids (a document's position), index keys ({@link KeyValue}) and the positions index entries point to. Layout
     * {@code bson-1} wrote each one as a small BSON document; {@code bson-2} writes a tag byte and the value's bytes
     * for the values indexes are made of (longs, ints, strings, keys of them), BSON only for the rest. An index page
     * is rewritten whole whenever one entry changes, so this runs for every entry of every page a commit touches:
     * with {@code bson-1} it was most of the store's serialisation thread in the benchmark's profiles.
     */
    static final class ValueType extends BasicDataType<Object> {

        /** Layout {@code bson-1}: each value as a BSON document; kept to read and write files made with it. */
        static final ValueType BSON_HOLDERS = new ValueType(false);
        /** Layout {@code bson-2}. */
        static final ValueType COMPACT = new ValueType(true);

        private static final String VALUE = "v";
        private static final String KEY = "k";
        private static final String MISSING = "m";

        private static final byte OTHER = 0;
        private static final byte LONG = 1;
        private static final byte INT = 2;
        private static final byte STRING = 3;
        private static final byte KEY_VALUE = 4;
        private static final byte MISSING_VALUE = 5;
        private static final byte NULL = 6;

        private final boolean compact;

        private ValueType(boolean compact) {
            this.compact = compact;
        }

        @Override
        public int getMemory(Object value) {
            return estimate(value);
        }

        @Override
        public void write(WriteBuffer buffer, Object value) {
            if (compact) {
                writeCompact(buffer, value);
            } else {
                encodeInto(buffer, holder(value));
            }
        }

        @Override
        public Object read(ByteBuffer buffer) {
            return compact ? readCompact(buffer) : fromHolder(decode(buffer));
        }

        private static Document holder(Object value) {
            Document holder = new Document();
            if (value instanceof KeyValue key) {
                holder.put(KEY, key.stream().toList());
            } else if (value instanceof Missing) {
                holder.put(MISSING, true);
            } else {
                holder.put(VALUE, value);
            }
            return holder;
        }

        private static Object fromHolder(Document holder) {
            if (holder.containsKey(KEY)) {
                return new KeyValue((List<?>) holder.get(KEY));
            }
            if (holder.containsKey(MISSING)) {
                return Missing.getInstance();
            }
            return holder.get(VALUE);
        }

        private static void writeCompact(WriteBuffer buffer, Object value) {
            if (value == null) {
                buffer.put(NULL);
            } else if (value instanceof Long number) {
                buffer.put(LONG).putLong(number);
            } else if (value instanceof Integer number) {
                buffer.put(INT).putInt(number);
            } else if (value instanceof String text) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                buffer.put(STRING).putVarInt(utf8.length).put(utf8);
            } else if (value instanceof KeyValue key) {
                buffer.put(KEY_VALUE).putVarInt(key.size());
                for (Object element : key) {
                    writeCompact(buffer, element);
                }
            } else if (value instanceof Missing) {
                buffer.put(MISSING_VALUE);
            } else {
                encodeInto(buffer.put(OTHER), new Document(VALUE, value));
            }
        }

        private static Object readCompact(ByteBuffer buffer) {
            byte tag = buffer.get();
            switch (tag) {
                case NULL:
                    return null;
                case LONG:
                    return buffer.getLong();
                case INT:
                    return buffer.getInt();
                case STRING: {
                    byte[] utf8 = new byte[DataUtils.readVarInt(buffer)];
                    buffer.get(utf8);
                    return new String(utf8, StandardCharsets.UTF_8);
                }
                case KEY_VALUE: {
                    Object[] elements = new Object[DataUtils.readVarInt(buffer)];
                    for (int i = 0; i < elements.length; i++) {
                        elements[i] = readCompact(buffer);
                    }
                    return new KeyValue(java.util.Arrays.asList(elements));
                }
                case MISSING_VALUE:
                    return Missing.getInstance();
                case OTHER:
                    return decode(buffer).get(VALUE);
                default:
                    throw new IllegalStateException("Unknown value tag " + tag + " in the store's file");
            }
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
