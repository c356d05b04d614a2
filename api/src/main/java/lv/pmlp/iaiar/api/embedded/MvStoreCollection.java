package lv.pmlp.iaiar.api.embedded;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * The library's collection on our maps, with the two operations of a projection's batch made cheaper: the prefetch's
 * {@code {_id: {$in: [strings]}}} and the bulk write's replacement by id ({@link #updateDocuments}).
 *
 * <p>For the prefetch the library finds the documents through the id index, then matches each one against the query
 * again, and its {@code $in} compares the id with every listed value in turn (normalising both), so a prefetch of n
 * ids cost n² comparisons: a fifth of the store's time in a statistics rebuild (JFR). For string ids, being listed
 * is what {@code $in} means, so a set answers it; any other query is the library's.
 *
 * <p>The collection's data size ({@code collStats}' {@code size}) is counted when asked, not kept up to date on every
 * write: the library encodes every inserted, removed and replaced document (both old and new) only to count its
 * bytes, a tenth of all the store's CPU time in a statistics rebuild (JFR), for a figure nothing in the register reads.
 */
final class MvStoreCollection extends H2Collection {

    private static final String ID = "_id";

    /** The last {@code $in} query matched and its ids: one query's documents are matched one after another. */
    private volatile IdsIn last;

    private final MVMap<Object, Document> documents;

    private record IdsIn(Document query, Set<String> ids) {
    }

    MvStoreCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> documents,
                      MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, documents, meta, cursors);
        this.documents = documents;
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    /** The BSON size of all documents, counted now (for {@code collStats} and {@code validate}) on a snapshot of the map. */
    @Override
    protected int getDataSize() {
        if (documents == null) {
            // the library's constructor logs the data size (evaluated even with debug off): no scan at every open
            return 0;
        }
        long size = 0;
        for (Document document : documents.values()) {
            size += BsonPages.sizeOf(document);
        }
        return (int) Math.min(size, Integer.MAX_VALUE);
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        Set<String> ids = stringIdsIn(query);
        if (ids != null && document.get(ID) instanceof String id) {
            return ids.contains(id);
        }
        return super.documentMatchesQuery(document, query);
    }

    /**
     * A replacement of one document named by its string id ({@code {_id: "x"}}, or an {@code $and} with it and other
     * conditions, such as the statistics journal's sequence number), which is how the projections write: done here
     * without what the library adds for the general case, a deep clone of the stored document, the replacement
     * applied to a second copy and a normalising comparison of old and new (with the size computations, most of an
     * update's time in a statistics rebuild, JFR). The stored document is left as it is (the page cache may share
     * it) and the replacement takes its place. The result, indexes and oplog are as the library's; the
     * document is stored in the replacement's field order, as MongoDB does (the library keeps the stored order for
     * fields both have), and "modified" means not equal as stored, without the library's numeric normalisation.
     * Anything else, an upsert of a missing document among them, is the library's.
     */
    @Override
    public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
                                                 boolean multi, boolean upsert, Oplog oplog) {
        String id = multi ? null : idOf(selector);
        Object position = id == null || !isReplacementOf(update, id) ? null : positionOf(id);
        Document stored = position == null ? null : getDocument(position);
        // a selector naming one id is never the prefetch's $in: the library's matching, without the $in cache
        if (stored == null || !super.documentMatchesQuery(stored, selector)) {
            return super.updateDocuments(selector, update, arrayFilters, multi, upsert, oplog);
        }
        Document replacement = new Document(ID, stored.get(ID));
        update.forEach((field, value) -> {
            if (!ID.equals(field)) {
                replacement.put(field, value);
            }
        });
        Utils.validateFieldNames(replacement);
        boolean modified = !replacement.equals(stored);
        if (modified) {
            for (Index<Object> index : getIndexes()) {
                index.checkUpdate(stored, replacement, this);
            }
            for (Index<Object> index : getIndexes()) {
                index.updateInPlace(stored, replacement, position, this);
            }
            handleUpdate(position, stored, replacement);
        }
        oplog.handleUpdate(getFullName(), selector, update, modified ? List.<Object>of(id) : List.of());
        Document result = new Document();
        result.put("n", 1);
        result.put("nModified", modified ? 1 : 0);
        return result;
    }

    /** The string id a selector names: {@code {_id: "x"}}, or one of the conditions of its {@code $and}; else null. */
    private static String idOf(Document selector) {
        if (selector.size() != 1) {
            return null;
        }
        if (selector.get(ID) instanceof String id) {
            return id;
        }
        if (selector.get("$and") instanceof List<?> conditions) {
            for (Object condition : conditions) {
                if (condition instanceof Document named && named.size() == 1 && named.get(ID) instanceof String id) {
                    return id;
                }
            }
        }
        return null;
    }

    /** Whether {@code update} is a whole document (no operator) that keeps the id. */
    private static boolean isReplacementOf(Document update, String id) {
        for (String field : update.keySet()) {
            if (field.startsWith("$")) {
                return false;
            }
        }
        return !update.containsKey(ID) || id.equals(update.get(ID));
    }

    /** Where the document with this id is, through the {@code _id} index; null when there is no such document or index. */
    private Object positionOf(String id) {
        for (Index<Object> index : getIndexes()) {
            if (index.isUnique() && index.getKeys().size() == 1 && ID.equals(index.getKeys().get(0).getKey())) {
                return index.getPosition(new Document(ID, id));
            }
        }
        return null;
    }

    /** The ids of a query that is exactly {@code {_id: {$in: [strings]}}}, else null. */
    private Set<String> stringIdsIn(Document query) {
        IdsIn known = last;
        if (known != null && known.query() == query) {
            return known.ids();
        }
        Set<String> ids = null;
        if (query.size() == 1 && query.get(ID) instanceof Document condition && condition.size() == 1
                && condition.get("$in") instanceof Collection<?> values && values.stream().allMatch(String.class::isInstance)) {
            ids = new HashSet<>();
            for (Object value : values) {
                ids.add((String) value);
            }
        }
        last = new IdsIn(query, ids);
        return ids;
    }
}
