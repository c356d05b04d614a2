package lv.pmlp.iaiar.query.history;

/** An event's place in the log: the stream (person or return case) and its position in that stream. */
public record RecordedEvent(String eventId, String streamId, long sequence, String eventType) {
}
