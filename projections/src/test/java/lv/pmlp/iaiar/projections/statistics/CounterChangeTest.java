package lv.pmlp.iaiar.projections.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.junit.jupiter.api.Test;

/** How a batch's changes become a counter document's new content, without a store. */
class CounterChangeTest {

    static final Document COUNTERS = new Document("_id", "migr_eiord:2026-Q1#3").append("j", 4L)
            .append("cells", new Document("RU|M|Y18-34", 2L).append("RU|T|TOTAL", 2L))
            .append("uam", new Document("NOT_UAM", 1L))
            .append("excluded", 1L);

    @Test
    void countersGetTheirNewValueAndThoseReachingZeroAreDropped() {
        CounterChange change = CounterChange.of(COUNTERS, changes("cells.RU|M|Y18-34", -2L, "cells.RU|T|TOTAL", 1L,
                "cells.UZ|T|TOTAL", 1L, "excluded", -1L));

        assertThat(change.counters()).isEqualTo(new Document("cells",
                new Document("RU|T|TOTAL", 3L).append("UZ|T|TOTAL", 1L)).append("uam", new Document("NOT_UAM", 1L)));
        assertThat(change.empty()).isFalse();
    }

    @Test
    void aMapLeftWithoutCountersIsDroppedWhole() {
        CounterChange change = CounterChange.of(COUNTERS, changes("uam.NOT_UAM", -1L));

        assertThat(change.counters()).doesNotContainKey("uam").containsKeys("cells", "excluded");
    }

    @Test
    void aDocumentLeftWithoutCountersIsEmpty() {
        CounterChange change = CounterChange.of(COUNTERS, changes("cells.RU|M|Y18-34", -2L, "cells.RU|T|TOTAL", -2L,
                "uam.NOT_UAM", -1L, "excluded", -1L));

        assertThat(change.counters()).isEmpty();
        assertThat(change.empty()).isTrue();
        assertThat(change.replacement("migr_eiord:2026-Q1#3", "j", 5L))
                .isEqualTo(new Document("_id", "migr_eiord:2026-Q1#3").append("j", 5L));
    }

    @Test
    void aDocumentNotThereYetGetsTheChangesAsItsCounters() {
        CounterChange change = CounterChange.of(null, changes("persons", -1L, "citizens.RU", -1L));

        assertThat(change.replacement("2026-03", "j", 7L)).isEqualTo(new Document("_id", "2026-03")
                .append("citizens", new Document("RU", -1L)).append("persons", -1L).append("j", 7L));
    }

    @Test
    void countersAreInNameOrderWhateverOrderTheDocumentHadThem() {
        Document unordered = new Document("_id", "2026-03#1").append("uam", new Document("UAM", 1L))
                .append("cells", new Document("UZ|T|TOTAL", 1L).append("AF|T|TOTAL", 2L));

        CounterChange change = CounterChange.of(unordered, changes("cells.MD|T|TOTAL", 1L));

        assertThat(List.copyOf(change.counters().keySet())).containsExactly("cells", "uam");
        assertThat(List.copyOf(change.counters().get("cells", Document.class).keySet()))
                .containsExactly("AF|T|TOTAL", "MD|T|TOTAL", "UZ|T|TOTAL");
    }

    private static Map<String, Long> changes(Object... pairs) {
        Map<String, Long> changes = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            changes.put((String) pairs[i], (Long) pairs[i + 1]);
        }
        return changes;
    }
}
