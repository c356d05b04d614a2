package lv.pmlp.iaiar.api.config;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The stored form of the log: the object mapper and Jackson serializer the event store's serializer wraps. Its
 * settings are part of the format, apart from the web layer's JSON; public so the microbenchmarks measure the
 * very same serialisation.
 */
public final class LogFormat {

    private LogFormat() {
    }

    /** The mapper that writes and reads the log. */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Axon's Jackson serializer with the log's mapper, recording each event's schema version as its revision. */
    public static Serializer jackson() {
        return JacksonSerializer.builder()
                .objectMapper(objectMapper())
                .revisionResolver(new SchemaVersionRevisionResolver())
                .build();
    }
}
