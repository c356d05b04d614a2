package lv.pmlp.iaiar.api.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * An Axon {@link Cache} that holds at most {@code capacity} entries and evicts the least recently used one to
 * make room. Axon 4.13 ships no bounded cache of its own without a third-party library (its
 * {@code WeakReferenceCache} grows with every aggregate loaded until the collector clears it, and the Ehcache and
 * JCache adapters need those libraries); at a million persons only a bound keeps the register inside its heap.
 * One lock guards the map: every operation is a few pointer moves, far cheaper than the command around it.
 * Listeners hear of evictions as expiries, after the lock is released.
 */
public final class BoundedCache implements Cache {

    private final int capacity;
    private final LinkedHashMap<Object, Object> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    /** Keys evicted by the current thread's last write, reported once the lock is released. */
    private final List<Object> evicted = new ArrayList<>();

    public BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a bounded cache holds at least one entry, not " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                if (size() > BoundedCache.this.capacity) {
                    evicted.add(eldest.getKey());
                    return true;
                }
                return false;
            }
        };
    }

    public int capacity() {
        return capacity;
    }

    public synchronized int size() {
        return entries.size();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        V value;
        synchronized (this) {
            value = (V) entries.get(key);
        }
        if (value != null) {
            listeners.forEach(l -> l.onEntryRead(key, value));
        }
        return value;
    }

    @Override
    public void put(Object key, Object value) {
        if (value == null) {
            remove(key);
            return;
        }
        boolean existed;
        List<Object> gone;
        synchronized (this) {
            existed = entries.put(key, value) != null;
            gone = drainEvicted();
        }
        listeners.forEach(l -> {
            if (existed) {
                l.onEntryUpdated(key, value);
            } else {
                l.onEntryCreated(key, value);
            }
        });
        expired(gone);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        List<Object> gone;
        synchronized (this) {
            if (entries.containsKey(key)) {
                return false;
            }
            entries.put(key, value);
            gone = drainEvicted();
        }
        listeners.forEach(l -> l.onEntryCreated(key, value));
        expired(gone);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        T present = get(key);
        if (present != null) {
            return present;
        }
        T value = valueSupplier.get();
        if (value == null) {
            throw new IllegalArgumentException("the value for " + key + " must not be null");
        }
        if (putIfAbsent(key, value)) {
            return value;
        }
        T raced = get(key);
        return raced != null ? raced : value;
    }

    @Override
    public boolean remove(Object key) {
        boolean removed;
        synchronized (this) {
            removed = entries.remove(key) != null;
        }
        if (removed) {
            listeners.forEach(l -> l.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        List<Object> keys;
        synchronized (this) {
            keys = new ArrayList<>(entries.keySet());
            entries.clear();
        }
        keys.forEach(key -> listeners.forEach(l -> l.onEntryRemoved(key)));
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        V updated;
        boolean removed;
        synchronized (this) {
            V current = (V) entries.get(key);
            if (current == null) {
                return;
            }
            updated = update.apply(current);
            if (updated == null) {
                entries.remove(key);
                removed = true;
            } else {
                entries.put(key, updated);
                removed = false;
            }
        }
        V value = updated;
        listeners.forEach(l -> {
            if (removed) {
                l.onEntryRemoved(key);
            } else {
                l.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private List<Object> drainEvicted() {
        if (evicted.isEmpty()) {
            return List.of();
        }
        List<Object> gone = List.copyOf(evicted);
        evicted.clear();
        return gone;
    }

    private void expired(List<Object> keys) {
        keys.forEach(key -> listeners.forEach(l -> l.onEntryExpired(key)));
    }
}
