package lv.pmlp.iaiar.query.history;

/** Where the event with this id sits in the log: its stream and position, as the audit trail shows it. */
public record FindRecordedEventQuery(String eventId) {
}
