package lv.pmlp.iaiar.projections.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.junit.jupiter.api.Test;

/** How a batch's changes become one update of a counter document, without a store. */
class CounterChangeTest {

    static final Document COUNTERS = new Document("_id", "migr_eiord:2026-Q1#3").append("j", 4L)
            .append("cells", new Document("RU|M|Y18-34", 2L).append("RU|T|TOTAL", 2L))
            .append("uam", new Document("NOT_UAM", 1L))
            .append("excluded", 1L);

    @Test
    void countersAreSetToTheirNewValueAndThoseReachingZeroAreUnset() {
        CounterChange change = CounterChange.of(COUNTERS, changes("cells.RU|M|Y18-34", -2L, "cells.RU|T|TOTAL", 1L,
                "cells.UZ|T|TOTAL", 1L, "excluded", -1L));

        assertThat(change.set()).isEqualTo(new Document("cells.RU|T|TOTAL", 3L).append("cells.UZ|T|TOTAL", 1L));
        assertThat(change.unset()).isEqualTo(new Document("cells.RU|M|Y18-34", "").append("excluded", ""));
        assertThat(change.empty()).isFalse();
    }

    @Test
    void aMapLeftWithoutCountersIsUnsetWhole() {
        CounterChange change = CounterChange.of(COUNTERS, changes("uam.NOT_UAM", -1L));

        assertThat(change.unset()).isEqualTo(new Document("uam", ""));
    }

    @Test
    void aDocumentLeftWithoutCountersIsEmpty() {
        CounterChange change = CounterChange.of(COUNTERS, changes("cells.RU|M|Y18-34", -2L, "cells.RU|T|TOTAL", -2L,
                "uam.NOT_UAM", -1L, "excluded", -1L));

        assertThat(change.unset()).isEqualTo(new Document("cells", "").append("excluded", "").append("uam", ""));
        assertThat(change.empty()).isTrue();
    }

    @Test
    void aDocumentNotThereYetGetsTheChangesAsItsCounters() {
        CounterChange change = CounterChange.of(null, changes("persons", -1L, "citizens.RU", -1L));

        assertThat(change.update("j", 7L)).isEqualTo(new Document("$set",
                new Document("citizens.RU", -1L).append("persons", -1L).append("j", 7L)));
    }

    private static Map<String, Long> changes(Object... pairs) {
        Map<String, Long> changes = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            changes.put((String) pairs[i], (Long) pairs[i + 1]);
        }
        return changes;
    }
}
