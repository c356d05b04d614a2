package lv.pmlp.iaiar.projections.history;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;

import lv.pmlp.iaiar.events.Actor;

/**
 * One fact in a person's audit trail, ordered as the register recorded it by {@code recordedAt}, then stream and
 * sequence (a property of the event itself, so a rebuilt trail is ordered the same);
 * {@code occurredAt} is the business time, {@code recordedAt} the recording time; {@code details} holds the
 * event's own fields, i.e. what it changed. Once the person is erased, the identifying details are removed and
 * {@code personalDataErased} is set on every entry.
 */
public record HistoryEntry(
        @Id String eventId,
        String personId,
        String streamId,
        long sequence,
        String eventType,
        String summary,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor,
        String legalBasis,
        String correlationId,
        Map<String, Object> details,
        boolean personalDataErased) {

    public static final String COLLECTION = "person_history";
}
