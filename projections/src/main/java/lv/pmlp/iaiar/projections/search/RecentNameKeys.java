package lv.pmlp.iaiar.projections.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lv.pmlp.iaiar.projections.search.names.NameKeys;
import lv.pmlp.iaiar.projections.search.names.NameNormaliser;

/**
 * The name keys of recently seen names. A search document is rebuilt several times per event (read back, changed,
 * marked applied) and a person's events come close together, while transliterating the names is the costliest
 * step of indexing (JFR: ICU transliteration was most of the person-search processor's CPU). Keys are a pure
 * function of the texts, so a remembered value is always the right one.
 */
final class RecentNameKeys {

    private static final int CAPACITY = 4_096;

    private static final Map<List<String>, NameKeys> RECENT = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, NameKeys> eldest) {
            return size() > CAPACITY;
        }
    };

    private RecentNameKeys() {
    }

    static NameKeys of(List<String> texts) {
        synchronized (RECENT) {
            NameKeys known = RECENT.get(texts);
            if (known != null) {
                return known;
            }
        }
        NameKeys computed = NameNormaliser.keys(texts);
        synchronized (RECENT) {
            // a copy: the caller may change its list; given names may be null
            RECENT.put(java.util.Collections.unmodifiableList(new java.util.ArrayList<>(texts)), computed);
        }
        return computed;
    }
}
