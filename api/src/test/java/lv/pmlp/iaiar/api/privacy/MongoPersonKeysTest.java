package lv.pmlp.iaiar.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import lv.pmlp.iaiar.api.MutableClock;

/** The key store's cache: fewer round trips, and never a destroyed key. */
class MongoPersonKeysTest {

    MongoServer server = new MongoServer(new MemoryBackend());
    MongoClient client = client(server.bind());
    /** The key store's reads, counted; {@link #duringNextRead} runs after the next one, before its result is used. */
    CountingTemplate store = new CountingTemplate(client);
    static final Duration TTL = Duration.ofMinutes(5);
    MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    MongoPersonKeys keys = new MongoPersonKeys(store, 100, TTL, clock);
    MongoPersonKeys elsewhere = new MongoPersonKeys(store, 100, TTL, clock);

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static MongoClient client(InetSocketAddress address) {
        return MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    static final class CountingTemplate extends MongoTemplate {

        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger inserts = new AtomicInteger();
        Runnable duringNextRead;

        CountingTemplate(MongoClient client) {
            super(client, "keys");
        }

        @Override
        public <T> T findById(Object id, Class<T> entityClass, String collectionName) {
            reads.incrementAndGet();
            return meanwhile(super.findById(id, entityClass, collectionName));
        }

        @Override
        public <T> T insert(T objectToSave, String collectionName) {
            inserts.incrementAndGet();
            return super.insert(objectToSave, collectionName);
        }

        @Override
        public <T> List<T> find(Query query, Class<T> entityClass, String collectionName) {
            reads.incrementAndGet();
            return meanwhile(super.find(query, entityClass, collectionName));
        }

        private <T> T meanwhile(T result) {
            Runnable action = duringNextRead;
            duringNextRead = null;
            if (action != null) {
                action.run();
            }
            return result;
        }
    }

    @Test
    void aPrefetchLoadsTheKeysOfABatchWithOneQuery() {
        List<SecretKey> created = List.of(elsewhere.keyFor("p-1"), elsewhere.keyFor("p-2"), elsewhere.keyFor("p-3"));
        store.reads.set(0);

        keys.prefetch(List.of("p-1", "p-2", "p-3"));

        assertThat(List.of(keys.existingKey("p-1").orElseThrow(), keys.existingKey("p-2").orElseThrow(),
                keys.existingKey("p-3").orElseThrow())).isEqualTo(created);
        assertThat(store.reads).hasValue(1);
    }

    @Test
    void aPrefetchCreatesNoKey() {
        keys.prefetch(List.of("nobody"));

        assertThat(keys.existingKey("nobody")).isEmpty();
        assertThat(elsewhere.existingKey("nobody")).isEmpty();
    }

    @Test
    void aDestroyedKeyIsNeverHandedOutAgain() {
        keys.keyFor("p-1");

        keys.destroy("p-1");

        assertThat(keys.existingKey("p-1")).isEmpty();
        assertThat(keys.isDestroyed("p-1")).isTrue();
        assertThatThrownBy(() -> keys.keyFor("p-1")).isInstanceOf(MongoPersonKeys.PersonErasedException.class);
    }

    @Test
    void aPrefetchNeverBringsBackADestroyedKey() {
        elsewhere.keyFor("p-1");
        keys.existingKey("p-1");
        keys.destroy("p-1");

        keys.prefetch(List.of("p-1"));

        assertThat(keys.existingKey("p-1")).isEmpty();
    }

    /** The prefetch read the key, then the key was destroyed before the prefetch put it in the cache. */
    @Test
    void aKeyPrefetchedWhileItIsDestroyedIsNotCached() {
        elsewhere.keyFor("p-1");
        store.duringNextRead = () -> keys.destroy("p-1");

        keys.prefetch(List.of("p-1"));

        assertThat(keys.existingKey("p-1")).isEmpty();
    }

    /** One read found the key, then the key was destroyed before that read's result was cached. */
    @Test
    void aKeyReadWhileItIsDestroyedIsNotCached() {
        elsewhere.keyFor("p-1");
        store.duringNextRead = () -> keys.destroy("p-1");

        keys.existingKey("p-1");

        assertThat(keys.existingKey("p-1")).isEmpty();
    }

    @Test
    void aDestroyedKeyIsRememberedAsDestroyedWithoutAskingTheStoreAgain() {
        elsewhere.keyFor("p-1");
        elsewhere.destroy("p-1");
        keys.prefetch(List.of("p-1"));
        store.reads.set(0);

        assertThat(keys.existingKey("p-1")).isEmpty();
        assertThat(keys.isDestroyed("p-1")).isTrue();
        assertThat(store.reads).hasValue(0);
    }

    @Test
    void theCacheHoldsAtMostItsSizeLeastRecentlyUsedFirstOut() {
        MongoPersonKeys small = new MongoPersonKeys(store, 2, TTL, clock);
        small.keyFor("p-1");
        small.keyFor("p-2");
        small.existingKey("p-1");
        small.keyFor("p-3");
        store.reads.set(0);

        small.existingKey("p-1");
        small.existingKey("p-3");
        assertThat(store.reads).as("p-1 and p-3 cached").hasValue(0);
        small.existingKey("p-2");
        assertThat(store.reads).as("p-2 evicted").hasValue(1);
    }

    @Test
    void aCacheOfNoKeysIsRefused() {
        assertThatThrownBy(() -> new MongoPersonKeys(store, 0, TTL, clock)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("register.key-store.cache-size");
    }

    @Test
    void aKeyDestroyedOnAnotherNodeIsNotServedOnceItsCacheTimeIsOver() {
        keys.keyFor("p-1");
        elsewhere.destroy("p-1");
        clock.advance(TTL.plusSeconds(1));

        assertThat(keys.existingKey("p-1")).isEmpty();
        assertThatThrownBy(() -> keys.keyFor("p-1")).isInstanceOf(MongoPersonKeys.PersonErasedException.class);
    }

    @Test
    void aCachedKeyIsServedWithoutAReadWithinItsCacheTime() {
        keys.keyFor("p-1");
        clock.advance(TTL.minusSeconds(1));
        store.reads.set(0);

        assertThat(keys.existingKey("p-1")).isPresent();
        assertThat(store.reads).hasValue(0);
    }

    @Test
    void aKeyCachedLongerThanItsCacheTimeIsReadAgainNotCreatedAgain() {
        SecretKey created = keys.keyFor("p-1");
        clock.advance(TTL.plusSeconds(1));
        store.inserts.set(0);
        store.reads.set(0);

        assertThat(keys.keyFor("p-1")).isEqualTo(created);
        assertThat(store.inserts).hasValue(0);
        assertThat(store.reads).hasValue(1);
    }

    @Test
    void aCacheTimeOfZeroIsRefused() {
        assertThatThrownBy(() -> new MongoPersonKeys(store, 100, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("register.key-store.cache-ttl");
    }
}
