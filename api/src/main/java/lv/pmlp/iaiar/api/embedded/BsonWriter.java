package lv.pmlp.iaiar.api.embedded;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Writes a document as BSON, byte for byte as mongo-java-server's {@link BsonEncoder} does, into a growing array.
 * The library's encoder looks every field up again by its name, builds a document with a string key per element to
 * write an array, and writes through netty's bounds-checked buffer byte by byte; with the store encoding every
 * document of every page a commit rewrites, and each replaced document twice more for the collection's data size,
 * that was about a quarter of the statistics rebuild's samples (JFR). This writer walks the entries once and copies
 * ASCII text without an intermediate array. Values of the rarer types (ids, binaries, decimals, timestamps, ...) go
 * through the library's encoder, so the two cannot disagree on them.
 */
final class BsonWriter {

    private static final int KEPT = 1 << 20;
    private static final ThreadLocal<BsonWriter> SCRATCH = ThreadLocal.withInitial(() -> new BsonWriter(16 * 1024));

    private byte[] bytes;
    private int size;
    /** For the values written by the library's encoder. */
    private ByteBuf other;

    BsonWriter(int capacity) {
        bytes = new byte[capacity];
    }

    /** The calling thread's writer, emptied; {@link #release} it after use. */
    static BsonWriter scratch() {
        BsonWriter writer = SCRATCH.get();
        writer.size = 0;
        return writer;
    }

    /** Gives up the calling thread's writer if one unusually large document grew it. */
    void release() {
        if (bytes.length > KEPT) {
            SCRATCH.remove();
        }
    }

    byte[] bytes() {
        return bytes;
    }

    int size() {
        return size;
    }

    BsonWriter document(Map<String, ?> document) {
        int start = open();
        for (Map.Entry<String, ?> field : document.entrySet()) {
            value(field.getKey(), field.getValue());
        }
        close(start);
        return this;
    }

    /** Leaves room for a document's length; returns where it starts. */
    private int open() {
        int start = size;
        intLE(0);
        return start;
    }

    /** Ends the document begun at {@code start} and writes its length there. */
    private void close(int start) {
        write(BsonConstants.TERMINATING_BYTE);
        putIntLE(start, size - start);
    }

    @SuppressWarnings("unchecked")
    private void value(String name, Object value) {
        byte type = BsonEncoder.determineType(value);
        write(type);
        cString(name);
        switch (type) {
            case BsonConstants.TYPE_NULL -> { }
            case BsonConstants.TYPE_UTF8_STRING -> string(value.toString());
            case BsonConstants.TYPE_INT32 -> intLE((Integer) value);
            case BsonConstants.TYPE_INT64 -> longLE((Long) value);
            case BsonConstants.TYPE_DOUBLE -> longLE(Double.doubleToRawLongBits((Double) value));
            case BsonConstants.TYPE_BOOLEAN -> write((Boolean) value ? BsonConstants.BOOLEAN_VALUE_TRUE : BsonConstants.BOOLEAN_VALUE_FALSE);
            case BsonConstants.TYPE_UTC_DATETIME -> longLE(((Instant) value).toEpochMilli());
            case BsonConstants.TYPE_EMBEDDED_DOCUMENT -> document((Map<String, ?>) value);
            case BsonConstants.TYPE_ARRAY -> array(value);
            default -> library(type, value);
        }
    }

    /** An array is a document keyed "0", "1", ... */
    private void array(Object value) {
        List<?> elements = value instanceof List<?> list ? list : new ArrayList<>((Collection<?>) value);
        int start = open();
        for (int i = 0; i < elements.size(); i++) {
            value(Integer.toString(i), elements.get(i));
        }
        close(start);
    }

    private void library(byte type, Object value) {
        if (other == null) {
            other = Unpooled.buffer(64);
        }
        other.clear();
        BsonEncoder.encodeValue(type, value, other);
        int length = other.readableBytes();
        ensure(length);
        other.readBytes(bytes, size, length);
        size += length;
    }

    private void cString(String text) {
        text(text);
        write((byte) 0);
    }

    private void string(String text) {
        int start = size;
        intLE(0);
        text(text);
        write((byte) 0);
        putIntLE(start, size - start - 4);
    }

    /** UTF-8 as {@link String#getBytes} writes it; ASCII copied char by char, the rest through the JDK. */
    private void text(String text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                ensure(utf8.length);
                System.arraycopy(utf8, 0, bytes, size, utf8.length);
                size += utf8.length;
                return;
            }
            bytes[size + i] = (byte) c;
        }
        size += length;
    }

    private void write(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    private void intLE(int value) {
        ensure(4);
        putIntLE(size, value);
        size += 4;
    }

    private void putIntLE(int at, int value) {
        bytes[at] = (byte) value;
        bytes[at + 1] = (byte) (value >>> 8);
        bytes[at + 2] = (byte) (value >>> 16);
        bytes[at + 3] = (byte) (value >>> 24);
    }

    private void longLE(long value) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            bytes[size + i] = (byte) (value >>> (8 * i));
        }
        size += 8;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
