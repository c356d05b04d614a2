package lv.pmlp.iaiar.api.embedded;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index, which mongo-java-server itself ignores (every such query scans the collection). Entries are
 * the document's key values followed by its position, so one value's entries are adjacent and ordered. It answers
 * queries that name the index's first field with a plain value or {@code $in}/{@code $eq} of plain values; the
 * collection then applies the whole query to the documents found, so further conditions stay correct.
 */
final class MvStoreSecondaryIndex extends Index<Object> {

    private static final String ID = "_id";

    private final MVMap<Object, Object> entries;

    MvStoreSecondaryIndex(MVMap<Object, Object> entries, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.entries = entries;
    }

    /** A non-unique key does not name one document; the unique indexes find it. */
    @Override
    public Object getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        if (skips(document)) {
            return;
        }
        for (KeyValue key : getKeyValues(document)) {
            entries.put(entry(key, position), Boolean.TRUE);
        }
    }

    @Override
    public Object remove(Document document) {
        Object position = positionOf(document);
        if (!skips(document)) {
            for (KeyValue key : getKeyValues(document)) {
                entries.remove(entry(key, position));
            }
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position, MongoCollection<Object> collection) {
        Set<KeyValue> before = skips(oldDocument) ? Set.of() : getKeyValues(oldDocument);
        Set<KeyValue> after = skips(newDocument) ? Set.of() : getKeyValues(newDocument);
        if (before.equals(after)) {
            return;
        }
        for (KeyValue key : before) {
            if (!after.contains(key)) {
                entries.remove(entry(key, position));
            }
        }
        for (KeyValue key : after) {
            if (!before.contains(key)) {
                entries.put(entry(key, position), Boolean.TRUE);
            }
        }
    }

    @Override
    public boolean canHandle(Document query) {
        String first = getKeys().get(0).getKey();
        return query.containsKey(first) && lookedUp(query.get(first)) != null;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        List<Object> values = lookedUp(query.get(getKeys().get(0).getKey()));
        Set<Object> positions = new LinkedHashSet<>();
        for (Object value : values) {
            Object normalised = new KeyValue(value).normalized().get(0);
            KeyValue from = new KeyValue(normalised);
            Iterator<Object> cursor = entries.keyIterator(entries.ceilingKey(from));
            while (cursor.hasNext()) {
                KeyValue entry = (KeyValue) cursor.next();
                if (BsonPages.compare(entry.get(0), normalised) != 0) {
                    break;
                }
                positions.add(entry.get(entry.size() - 1));
            }
        }
        return positions;
    }

    /** The plain values a query condition asks for, or null when this index cannot answer it. */
    private static List<Object> lookedUp(Object condition) {
        if (condition instanceof Document operators) {
            if (operators.size() != 1) {
                return null;
            }
            if (operators.get("$eq") != null) {
                return plain(operators.get("$eq")) ? List.of(operators.get("$eq")) : null;
            }
            if (operators.get("$in") instanceof Collection<?> in && in.stream().allMatch(MvStoreSecondaryIndex::plain)) {
                return new ArrayList<>(in);
            }
            return null;
        }
        return plain(condition) ? List.of(condition) : null;
    }

    /**
     * A value whose matches are exactly the documents holding it: not null (which also matches a missing field),
     * not an array or a document (matched as a whole) and not a regular expression.
     */
    private static boolean plain(Object value) {
        return !Missing.isNullOrMissing(value) && !(value instanceof Collection) && !(value instanceof Document)
                && !BsonRegularExpression.isRegularExpression(value) && !(value instanceof java.util.regex.Pattern);
    }

    private boolean skips(Document document) {
        return isSparse() && getKeys().stream().allMatch(key -> Utils.getSubdocumentValue(document, key.getKey()) instanceof Missing);
    }

    private static KeyValue entry(KeyValue key, Object position) {
        List<Object> values = new ArrayList<>(key.size() + 1);
        key.forEach(values::add);
        values.add(position);
        return new KeyValue(values);
    }

    /** In these collections a document's position is its id (as the H2 backend has it). */
    private static Object positionOf(Document document) {
        return Missing.ofNullable(document.get(ID));
    }

    @Override
    public long getCount() {
        return entries.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        entries.clear();
    }
}
