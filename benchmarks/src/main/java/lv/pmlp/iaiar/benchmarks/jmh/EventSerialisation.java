package lv.pmlp.iaiar.benchmarks.jmh;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import lv.pmlp.iaiar.api.config.LogFormat;
import lv.pmlp.iaiar.api.privacy.PersonKeys;
import lv.pmlp.iaiar.api.privacy.PersonalDataSerializer;
import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;

/**
 * The log's serialisation of a registration (the event with the most personal data): Axon's Jackson serializer
 * with the log's mapper, with and without the per-person AES-GCM encryption of the {@code @PersonalData}
 * components. Keys come from memory here, so the figures are the CPU cost alone (the register caches keys too).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EventSerialisation {

    private static final int EVENTS = 512;

    private List<ForeignerRegisteredEvent> events;
    private Serializer plain;
    private Serializer encrypting;
    private SerializedObject<byte[]>[] plainBytes;
    private SerializedObject<byte[]>[] encryptedBytes;
    private int next;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() throws Exception {
        events = Population.registrations(EVENTS);
        plain = LogFormat.jackson();
        encrypting = new PersonalDataSerializer(LogFormat.jackson(), LogFormat.objectMapper(), new MemoryKeys());
        plainBytes = new SerializedObject[events.size()];
        encryptedBytes = new SerializedObject[events.size()];
        for (int i = 0; i < events.size(); i++) {
            plainBytes[i] = plain.serialize(events.get(i), byte[].class);
            encryptedBytes[i] = encrypting.serialize(events.get(i), byte[].class);
        }
    }

    private int nextIndex() {
        next = (next + 1) % EVENTS;
        return next;
    }

    @Benchmark
    public SerializedObject<byte[]> serialiseJacksonOnly() {
        return plain.serialize(events.get(nextIndex()), byte[].class);
    }

    @Benchmark
    public SerializedObject<byte[]> serialiseWithPersonalDataEncrypted() {
        return encrypting.serialize(events.get(nextIndex()), byte[].class);
    }

    @Benchmark
    public Object deserialiseJacksonOnly() {
        return plain.deserialize(plainBytes[nextIndex()]);
    }

    @Benchmark
    public Object deserialiseWithPersonalDataDecrypted() {
        return encrypting.deserialize(encryptedBytes[nextIndex()]);
    }

    /** One AES key per person, in memory. */
    static final class MemoryKeys implements PersonKeys {

        private final Map<String, SecretKey> keys = new ConcurrentHashMap<>();

        @Override
        public SecretKey keyFor(String personId) {
            return keys.computeIfAbsent(personId, id -> {
                try {
                    KeyGenerator generator = KeyGenerator.getInstance("AES");
                    generator.init(256);
                    return generator.generateKey();
                } catch (java.security.GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public Optional<SecretKey> existingKey(String personId) {
            return Optional.ofNullable(keys.get(personId));
        }

        @Override
        public void destroy(String personId) {
            keys.remove(personId);
        }

        @Override
        public boolean isDestroyed(String personId) {
            return false;
        }
    }
}
