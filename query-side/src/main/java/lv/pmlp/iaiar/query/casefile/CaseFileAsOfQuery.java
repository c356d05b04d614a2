package lv.pmlp.iaiar.query.casefile;

import java.time.Instant;

/**
 * A person's case file recomputed from the event log: with {@code businessTime}, as things stood in the world
 * at that instant (facts recorded later but effective earlier included); with {@code recordedAt}, as the
 * register knew it at that instant. Both together give the bitemporal view.
 */
public record CaseFileAsOfQuery(String personId, Instant businessTime, Instant recordedAt) {
}
