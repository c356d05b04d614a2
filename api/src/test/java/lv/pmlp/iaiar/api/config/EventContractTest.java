package lv.pmlp.iaiar.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import lv.pmlp.iaiar.events.RegisterEvent;
import lv.pmlp.iaiar.events.SchemaVersion;
import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;

/**
 * The stored form of every event: each one states actor and business time, declares its schema version, and
 * comes back from the log's serializer equal to what went in, with every field filled.
 */
class EventContractTest {

    private final Serializer serializer = new AxonConfig().eventSerializer(new SchemaVersionRevisionResolver(),
            new lv.pmlp.iaiar.api.privacy.InMemoryPersonKeys());

    static Stream<Class<?>> events() throws IOException, URISyntaxException {
        Path location = Path.of(ForeignerRegisteredEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // the events module is a directory inside the reactor build and a jar when built alone
        FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
        Path root = jar == null ? location : jar.getPath("/");
        try (jar; Stream<Path> files = Files.walk(root)) {
            List<Class<?>> types = files.filter(f -> f.toString().endsWith("Event.class"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replace(".class", ""))
                    .filter(name -> name.startsWith("lv."))
                    .map(EventContractTest::load)
                    .filter(Class::isRecord)
                    .toList();
            assertThat(types).hasSizeGreaterThan(20);
            return types.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyEventStatesWhoAndWhenAndItsSchemaVersion(Class<?> type) {
        assertThat(RegisterEvent.class).isAssignableFrom(type);
        assertThat(type.getAnnotation(SchemaVersion.class)).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyEventSurvivesTheLogsSerializerUnchanged(Class<?> type) throws Exception {
        Object event = sample(type);

        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        Object read = serializer.deserialize(new SimpleSerializedObject<>(stored.getData(), byte[].class,
                new SimpleSerializedType(type.getName(), type.getAnnotation(SchemaVersion.class).value())));

        assertThat(stored.getType().getRevision()).isEqualTo(type.getAnnotation(SchemaVersion.class).value());
        assertThat(read).isEqualTo(event);
        assertThat(new String(stored.getData())).doesNotContain("null");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An instance with every component set, so a field the mapper drops or renames shows up as a difference. */
    private static Object sample(Type type) throws Exception {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return "Ābele-Иванов";
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-03-01T10:15:30.123Z");
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 3, 1);
        }
        if (raw == Period.class) {
            return Period.ofYears(3);
        }
        if (raw == int.class || raw == Integer.class) {
            return 14;
        }
        if (raw == long.class || raw == Long.class) {
            return 4_000_000_007L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (raw == Set.class) {
            return Set.of(sample(((ParameterizedType) type).getActualTypeArguments()[0]));
        }
        if (raw == List.class) {
            return List.of(sample(((ParameterizedType) type).getActualTypeArguments()[0]));
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = sample(components[i].getGenericType());
                types[i] = components[i].getType();
            }
            Constructor<?> constructor = raw.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }
}
