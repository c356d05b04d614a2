package lv.pmlp.iaiar.projections.statistics;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;

/**
 * One counter document after one batch's changes, computed from the document as read: the new values (not
 * increments, so writing it means the same however often it is sent), without the counters that reach zero or the
 * maps left with none, every map in name order. A document's content then depends only on its counters, never on
 * the path they took, which is what lets a rebuild reproduce it whatever the batches were.
 *
 * <p>It is written as a whole (a replacement), not as {@code $set}s: the embedded store applies an update by
 * cloning the document and walking each dotted path through it, which for counter documents of tens of kilobytes
 * was most of the statistics rebuild's time (JFR); a replacement skips both, and MongoDB rewrites the whole
 * document either way.
 *
 * @param counters the counters afterwards (fields and maps of them), without the id and the marker
 */
record CounterChange(Document counters) {

    /** The fields that are not counters. */
    private static final Set<String> BOOKKEEPING = Set.of("_id", StatisticsJournal.MARKER);

    /**
     * @param current the document as read, or null when there is none
     * @param changes counter ({@code field} or {@code map.field}) to the amount added, none of them zero
     */
    static CounterChange of(Document current, Map<String, Long> changes) {
        Map<String, Object> after = counters(current);
        for (Map.Entry<String, Long> change : changes.entrySet()) {
            String path = change.getKey();
            int dot = path.indexOf('.');
            Map<String, Object> holder = after;
            String name = path;
            if (dot >= 0) {
                String map = path.substring(0, dot);
                name = path.substring(dot + 1);
                holder = mapIn(after, map);
            }
            long value = (holder.get(name) instanceof Number n ? n.longValue() : 0) + change.getValue();
            if (value == 0) {
                holder.remove(name);
            } else {
                holder.put(name, value);
            }
        }
        after.values().removeIf(value -> value instanceof Map<?, ?> map && map.isEmpty());
        Document counters = new Document();
        after.forEach((field, value) -> counters.put(field, value instanceof Map<?, ?> map ? new Document(cast(map)) : value));
        return new CounterChange(counters);
    }

    /** Whether the document holds no counter afterwards. */
    boolean empty() {
        return counters.isEmpty();
    }

    /** The whole document to write: its id, its counters and {@code marker} set to {@code seq}. */
    Document replacement(String id, String marker, long seq) {
        Document document = new Document("_id", id);
        document.putAll(counters);
        return document.append(marker, seq);
    }

    static boolean hasCounters(Document document) {
        return document.keySet().stream().anyMatch(field -> !BOOKKEEPING.contains(field));
    }

    /** A sorted copy of the counters (a field, or a map of them), without the id and the marker. */
    private static Map<String, Object> counters(Document document) {
        Map<String, Object> copy = new TreeMap<>();
        if (document != null) {
            document.forEach((field, value) -> {
                if (!BOOKKEEPING.contains(field)) {
                    copy.put(field, value instanceof Map<?, ?> nested ? new TreeMap<>(cast(nested)) : value);
                }
            });
        }
        return copy;
    }

    private static Map<String, Object> mapIn(Map<String, Object> counters, String map) {
        if (!(counters.get(map) instanceof Map<?, ?>)) {
            counters.put(map, new TreeMap<String, Object>());
        }
        return cast((Map<?, ?>) counters.get(map));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
