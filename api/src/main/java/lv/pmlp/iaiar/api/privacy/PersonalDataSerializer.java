package lv.pmlp.iaiar.api.privacy;

import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import lv.pmlp.iaiar.events.DataSubject;
import lv.pmlp.iaiar.events.PersonalData;

/**
 * Wraps the log's Jackson serializer. Components marked {@link PersonalData} are written as
 * {@code {"$personal": base64(iv | AES-GCM ciphertext)}} under the key of the event's {@link DataSubject};
 * reading decrypts them, or yields {@code null} once the key is destroyed. Values stored in clear (before this
 * serializer existed) are read as they are, so the log needs no rewrite.
 */
public class PersonalDataSerializer implements Serializer {

    static final String MARKER = "$personal";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    /**
     * One cipher per thread, initialised again (key and a fresh or the stored IV) for every use: looking the
     * algorithm up for every personal component was about 40 % of decrypting one during a rebuild (JFR).
     */
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    });

    private final Serializer delegate;
    private final ObjectMapper json;
    private final PersonKeys keys;
    private final SecureRandom random = new SecureRandom();
    private final Map<Class<?>, Optional<Shape>> shapes = new ConcurrentHashMap<>();
    /** The mapper of the delegate, when it is Axon's Jackson serializer; readers per payload type, of either mapper. */
    private final ObjectMapper delegateMapper;
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    public PersonalDataSerializer(Serializer delegate, ObjectMapper json, PersonKeys keys) {
        this.delegate = delegate;
        this.json = json;
        this.keys = keys;
        this.delegateMapper = delegate instanceof JacksonSerializer jackson ? jackson.getObjectMapper() : null;
    }

    /** Whether events of this type carry personal data, so that reading them needs the person's key. */
    public static boolean carriesPersonalData(Class<?> type) {
        return PERSONAL.get(type);
    }

    private static final ClassValue<Boolean> PERSONAL = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isRecord() && java.util.Arrays.stream(type.getRecordComponents())
                    .anyMatch(c -> c.isAnnotationPresent(PersonalData.class));
        }
    };

    /** Which components of a type are personal, and which names the person. */
    record Shape(String subject, List<String> personal) {
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        Optional<Shape> shape = object == null ? Optional.empty() : shapeOf(object.getClass());
        if (shape.isEmpty()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        ObjectNode tree = json.valueToTree(object);
        SecretKey key = keys.keyFor(tree.path(shape.get().subject()).asText());
        for (String field : shape.get().personal()) {
            JsonNode value = tree.get(field);
            if (value != null && !value.isNull()) {
                tree.putObject(field).put(MARKER, encrypt(value, key));
            }
        }
        try {
            SerializedObject<byte[]> bytes = new SimpleSerializedObject<>(json.writeValueAsBytes(tree), byte[].class,
                    typeForClass(object.getClass()));
            return getConverter().convert(bytes, expectedRepresentation);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + object.getClass().getName(), e);
        }
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = classForType(serializedObject.getType());
        Optional<Shape> shape = shapeOf(type);
        if (shape.isEmpty()) {
            return withoutPersonalData(serializedObject, type);
        }
        ObjectNode tree = (ObjectNode) getConverter().convert(serializedObject, JsonNode.class).getData();
        String subject = tree.path(shape.get().subject()).asText();
        Optional<SecretKey> key = Optional.empty();
        boolean keyLookedUp = false;
        for (String field : shape.get().personal()) {
            JsonNode value = tree.get(field);
            if (value == null || !value.has(MARKER)) {
                continue;
            }
            if (!keyLookedUp) {
                key = keys.existingKey(subject);
                keyLookedUp = true;
            }
            tree.set(field, key.isPresent() ? decrypt(value.get(MARKER).asText(), key.get()) : NullNode.getInstance());
        }
        try {
            @SuppressWarnings("unchecked")
            T result = (T) readers.computeIfAbsent(type, json::readerFor).readValue(tree);
            return result;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot deserialise " + type.getName(), e);
        }
    }

    /**
     * What Axon's Jackson serializer does, with one reader per type kept instead of a new one per event (creating
     * it was about a tenth of reading an event during a rebuild, JFR). Anything unusual is left to the delegate.
     */
    @SuppressWarnings("unchecked")
    private <T> T withoutPersonalData(SerializedObject<?> serializedObject, Class<?> type) {
        if (delegateMapper == null || SerializedType.emptyType().equals(serializedObject.getType())
                || UnknownSerializedType.class.isAssignableFrom(type)) {
            return delegate.deserialize(serializedObject);
        }
        ObjectReader reader = readers.computeIfAbsent(type, delegateMapper::readerFor);
        try {
            if (JsonNode.class.equals(serializedObject.getContentType())) {
                return (T) reader.readValue((JsonNode) serializedObject.getData());
            }
            return (T) reader.readValue(getConverter().convert(serializedObject, byte[].class).getData());
        } catch (java.io.IOException e) {
            throw new SerializationException("Error while deserializing object", e);
        }
    }

    private Optional<Shape> shapeOf(Class<?> type) {
        return shapes.computeIfAbsent(type, t -> {
            if (!t.isRecord()) {
                return Optional.empty();
            }
            String subject = null;
            List<String> personal = new ArrayList<>();
            for (RecordComponent component : t.getRecordComponents()) {
                if (component.isAnnotationPresent(DataSubject.class)) {
                    subject = component.getName();
                }
                if (component.isAnnotationPresent(PersonalData.class)) {
                    personal.add(component.getName());
                }
            }
            if (personal.isEmpty()) {
                return Optional.empty();
            }
            if (subject == null) {
                throw new IllegalStateException(t.getName() + " has personal data but no @DataSubject");
            }
            return Optional.of(new Shape(subject, List.copyOf(personal)));
        });
    }

    private String encrypt(JsonNode value, SecretKey key) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(value));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot encrypt personal data", e);
        }
    }

    private JsonNode decrypt(String sealed, SecretKey key) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return json.readTree(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot decrypt personal data", e);
        }
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
