package lv.pmlp.iaiar.query.history;

import java.time.Instant;

/**
 * A page of a person's audit trail in recording order. {@code recordedUntil} limits it to what the register
 * knew at that instant; {@code occurredUntil} to facts that had happened by then. Either may be null.
 */
public record FindPersonHistoryQuery(String personId, Instant recordedUntil, Instant occurredUntil, int page, int size) {
}
