package lv.pmlp.iaiar.api.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/** Ids, index keys and positions as pages hold them: each comes back as it went in, in both layouts. */
class BsonPagesTest {

    private static final List<Object> VALUES = Arrays.asList(42L, -1L, Long.MAX_VALUE, 7, Integer.MIN_VALUE, "",
            "Bērziņš Иванов 李", null, Missing.getInstance(), 2.5, true, new ObjectId("0123456789abcdef01234567"),
            new Document("nested", List.of(1, "two")),
            new KeyValue("AB123", 3L), new KeyValue(Arrays.asList("x", null, 4)));

    private static Object roundTrip(Object value, boolean compact) {
        ByteBuffer buffer = ByteBuffer.wrap(BsonPages.encodeValue(value, compact));
        Object read = BsonPages.decodeValue(buffer, compact);
        assertThat(buffer.remaining()).as("bytes left after %s", value).isZero();
        return read;
    }

    @Test
    void everyValueComesBackWithItsTypeInTheCompactLayout() {
        for (Object value : VALUES) {
            Object read = roundTrip(value, true);
            assertThat(read).as(String.valueOf(value)).isEqualTo(value);
            if (value != null) {
                assertThat(read).as(String.valueOf(value)).isInstanceOf(value.getClass());
            }
        }
    }

    @Test
    void valuesOfTheFirstLayoutComeBackAsBefore() {
        for (Object value : List.of(42L, 7, "Bērziņš", new KeyValue("AB123", 3L), Missing.getInstance())) {
            assertThat(roundTrip(value, false)).as(String.valueOf(value)).isEqualTo(value);
        }
    }

    @Test
    void aPositionTakesATagAndEightBytesInsteadOfABsonDocument() {
        assertThat(BsonPages.encodeValue(123_456L, true)).hasSize(9);
        assertThat(BsonPages.encodeValue(123_456L, false)).hasSize(16);
    }
}
