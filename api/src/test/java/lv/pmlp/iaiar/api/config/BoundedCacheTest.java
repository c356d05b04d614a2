package lv.pmlp.iaiar.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void holdsAtMostItsCapacityAndEvictsTheLeastRecentlyUsed() {
        BoundedCache cache = new BoundedCache(2);
        cache.put("a", 1);
        cache.put("b", 2);
        assertThat((Integer) cache.get("a")).isEqualTo(1);

        cache.put("c", 3);

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.containsKey("c")).isTrue();
    }

    @Test
    void listenersHearOfEvictionsAsExpiries() {
        BoundedCache cache = new BoundedCache(1);
        List<String> heard = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }
        });
        cache.put("a", 1);

        cache.put("b", 2);
        cache.remove("b");

        assertThat(heard).containsExactly("expired a", "removed b");
    }

    @Test
    void putIfAbsentKeepsTheEntryThatIsThere() {
        BoundedCache cache = new BoundedCache(4);
        cache.put("a", 1);

        assertThat(cache.putIfAbsent("a", 2)).isFalse();
        assertThat(cache.<Integer>computeIfAbsent("b", () -> 3)).isEqualTo(3);
        assertThat((Integer) cache.get("a")).isEqualTo(1);
    }

    @Test
    void computeIfPresentReplacesOrRemoves() {
        BoundedCache cache = new BoundedCache(4);
        cache.put("a", 1);
        cache.put("b", 2);

        cache.<Integer>computeIfPresent("a", v -> v + 10);
        cache.<Integer>computeIfPresent("b", v -> null);
        cache.<Integer>computeIfPresent("z", v -> 99);

        assertThat((Integer) cache.get("a")).isEqualTo(11);
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.containsKey("z")).isFalse();
    }

    @Test
    void removeAllEmptiesIt() {
        BoundedCache cache = new BoundedCache(4);
        cache.put("a", 1);

        cache.removeAll();

        assertThat(cache.size()).isZero();
    }

    @Test
    void aCacheHoldsAtLeastOneEntry() {
        assertThatThrownBy(() -> new BoundedCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
