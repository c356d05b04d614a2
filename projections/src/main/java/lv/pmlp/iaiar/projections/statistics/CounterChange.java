package lv.pmlp.iaiar.projections.statistics;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;

/**
 * The update that adds one batch's changes to one counter document, computed from the document as read: the new
 * values are set (not incremented, so the update means the same however often it is sent), counters that reach
 * zero are unset, and so is a map left with none. A document's content then depends only on its counters, never on
 * the path they took, which is what lets a rebuild reproduce it whatever the batches were.
 *
 * @param set   {@code path: new value}
 * @param unset {@code path: ""}
 * @param empty whether the document holds no counter afterwards
 */
record CounterChange(Document set, Document unset, boolean empty) {

    /** The fields that are not counters. */
    private static final Set<String> BOOKKEEPING = Set.of("_id", StatisticsJournal.MARKER);

    /**
     * @param current the document as read, or null when there is none
     * @param changes counter ({@code field} or {@code map.field}) to the amount added, none of them zero
     */
    static CounterChange of(Document current, Map<String, Long> changes) {
        Document after = counters(current);
        Document set = new Document();
        Document unset = new Document();
        Set<String> maps = new TreeSet<>();
        for (Map.Entry<String, Long> change : changes.entrySet()) {
            String path = change.getKey();
            int dot = path.indexOf('.');
            Document holder = after;
            String name = path;
            if (dot >= 0) {
                String map = path.substring(0, dot);
                name = path.substring(dot + 1);
                holder = after.get(map) instanceof Document nested ? nested : new Document();
                after.put(map, holder);
                maps.add(map);
            }
            long value = (holder.get(name) instanceof Number n ? n.longValue() : 0) + change.getValue();
            if (value == 0) {
                holder.remove(name);
                unset.put(path, "");
            } else {
                holder.put(name, value);
                set.put(path, value);
            }
        }
        for (String map : maps) {
            if (after.get(map, Document.class).isEmpty()) {
                after.remove(map);
                // the whole map instead of its last counters: one update may not name both a field and its parent
                unset.keySet().removeIf(path -> path.startsWith(map + "."));
                unset.put(map, "");
            }
        }
        return new CounterChange(set, unset, after.isEmpty());
    }

    /** The update, also setting {@code marker} to {@code seq}. */
    Document update(String marker, long seq) {
        Document update = new Document("$set", new Document(set).append(marker, seq));
        if (!unset.isEmpty()) {
            update.append("$unset", unset);
        }
        return update;
    }

    static boolean hasCounters(Document document) {
        return document.keySet().stream().anyMatch(field -> !BOOKKEEPING.contains(field));
    }

    /** A copy of the counters (a field, or a map of them), without the id and the marker. */
    private static Document counters(Document document) {
        Document copy = new Document();
        if (document != null) {
            document.forEach((field, value) -> {
                if (!BOOKKEEPING.contains(field)) {
                    copy.put(field, value instanceof Document nested ? new Document(nested) : value);
                }
            });
        }
        return copy;
    }
}
