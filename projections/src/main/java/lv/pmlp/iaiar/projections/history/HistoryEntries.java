package lv.pmlp.iaiar.projections.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import lv.pmlp.iaiar.events.PersonEvent;
import lv.pmlp.iaiar.events.person.PersonalDataErasedEvent;

/** Turns an event into an audit-trail entry; shared by the projection and the as-of history. */
public final class HistoryEntries {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
    };
    /** Shown in their own columns, so not repeated among the details. */
    private static final Set<String> ENVELOPE = Set.of("actor", "occurredAt", "personId");

    /** The detail fields that identify a person: the personal components of the events. */
    public static final List<String> PERSONAL_DETAILS = List.of("names", "dateOfBirth", "documents", "document");

    private HistoryEntries() {
    }

    public static HistoryEntry of(String eventId, PersonEvent event, String streamId, long sequence,
                                  Instant recordedAt, String correlationId) {
        Map<String, Object> fields = JSON.convertValue(event, FIELDS);
        fields.keySet().removeAll(ENVELOPE);
        fields.values().removeIf(java.util.Objects::isNull);
        Object legalBasis = fields.get("legalBasis");
        return new HistoryEntry(eventId, event.personId(), streamId, sequence, typeOf(event), summaryOf(event),
                event.occurredAt(), recordedAt, event.actor(), legalBasis == null ? null : legalBasis.toString(),
                correlationId, fields, event instanceof PersonalDataErasedEvent);
    }

    /** "DepartureOrderIssuedEvent" → "DepartureOrderIssued": the fact's stable name. */
    static String typeOf(PersonEvent event) {
        return NAMES.get(event.getClass())[0];
    }

    /** "DepartureOrderIssued" → "Departure order issued". */
    static String summaryOf(PersonEvent event) {
        return NAMES.get(event.getClass())[1];
    }

    /** Type and summary per event class, worked out once: the regular expressions were a few per cent of a rebuild. */
    private static final ClassValue<String[]> NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            String name = type.getSimpleName().replaceFirst("Event$", "");
            String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
            return new String[] {name, Character.toUpperCase(words.charAt(0)) + words.substring(1)};
        }
    };
}
