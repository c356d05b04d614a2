package lv.pmlp.iaiar.api.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;

/** The store's BSON writer writes what mongo-java-server's encoder writes, byte for byte, and reads back as written. */
class BsonWriterTest {

    @Test
    void everyTypeAStoredDocumentCanHoldIsWrittenAsTheLibraryWritesIt() {
        Document document = new Document("_id", "person-1").append("int", 7).append("long", Long.MIN_VALUE)
                .append("double", Double.NaN).append("true", true).append("false", false).append("null", null)
                .append("at", Instant.parse("2026-12-02T07:30:00.123Z")).append("text", "Bērziņš Иванов 李 😀")
                .append("", "empty name").append("ascii then é", "x").append("nested", new Document("a", List.of(1, "b")))
                .append("list", Arrays.asList("x", null, 3L, new Document())).append("set", new LinkedHashSet<>(List.of("b", "a")))
                .append("objectId", new ObjectId("0123456789abcdef01234567")).append("bytes", new BinData(new byte[] {0, 1, -1}))
                .append("uuid", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))
                .append("legacyUuid", LegacyUUID.fromString("123e4567-e89b-12d3-a456-426614174000"))
                .append("decimal", Decimal128.fromNumber(12.5)).append("timestamp", new BsonTimestamp(42L))
                .append("min", MinKey.getInstance()).append("max", MaxKey.getInstance())
                .append("unpaired surrogate", "a\uD800b");

        assertThat(BsonPages.encode(document)).isEqualTo(BsonPages.encodeWithLibrary(document));
    }

    @Test
    void randomDocumentsAreWrittenAsTheLibraryWritesThem() {
        Random random = new Random(20261202L);
        for (int i = 0; i < 2_000; i++) {
            Document document = randomDocument(random, 0);

            assertThat(BsonPages.encode(document)).as("document %d: %s", i, document)
                    .isEqualTo(BsonPages.encodeWithLibrary(document));
        }
    }

    @Test
    void aDocumentWrittenIntoAPageReadsBackEqualAndItsSizeIsItsBsonLength() {
        Document document = new Document("_id", "migr_eiord:2026-Q1#3").append("cells", new Document("RU|M|Y18-34", 3L))
                .append("j", 12L).append("names", List.of("Bērziņš", "Ivanov"));
        WriteBuffer page = new WriteBuffer(16);
        page.put((byte) 9);

        BsonPages.encodeInto(page, document);

        ByteBuffer written = page.getBuffer().flip();
        written.get();
        assertThat(BsonPages.decode(written)).isEqualTo(document);
        assertThat(written.remaining()).isZero();
        assertThat(BsonPages.sizeOf(document)).isEqualTo(BsonPages.encodeWithLibrary(document).length);
    }

    private static Document randomDocument(Random random, int depth) {
        Document document = new Document();
        int fields = random.nextInt(depth == 0 ? 12 : 5);
        for (int f = 0; f < fields; f++) {
            document.put(randomText(random) + f, randomValue(random, depth));
        }
        return document;
    }

    private static Object randomValue(Random random, int depth) {
        int kind = random.nextInt(depth < 3 ? 10 : 8);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextInt();
            case 2 -> random.nextLong();
            case 3 -> random.nextDouble() * 1e6;
            case 4 -> random.nextBoolean();
            case 5 -> Instant.ofEpochMilli(random.nextLong() >>> 24);
            case 6, 7 -> randomText(random);
            case 8 -> randomDocument(random, depth + 1);
            default -> {
                List<Object> list = new ArrayList<>();
                int n = random.nextInt(14);
                for (int i = 0; i < n; i++) {
                    list.add(randomValue(random, depth + 1));
                }
                yield list;
            }
        };
    }

    /** Mostly ASCII, sometimes Latvian, Cyrillic, CJK or a character outside the BMP. */
    private static String randomText(Random random) {
        String[] alphabets = {"abcXYZ019_-|.%$", "āčēģīķļņšūž", "бвгдИЖЩ", "李王张", "😀𝄞"};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(20);
        for (int i = 0; i < length; i++) {
            String alphabet = alphabets[random.nextInt(8) < 5 ? 0 : 1 + random.nextInt(alphabets.length - 1)];
            int at = random.nextInt(alphabet.codePointCount(0, alphabet.length()));
            text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, at)));
        }
        return text.toString();
    }
}
