package lv.pmlp.iaiar.query.statistics;

import java.time.Instant;

/**
 * A frozen EIL table: the exact table as computed when it was frozen, "as known at" the freezing instant, kept
 * byte for byte. {@code sha256} is the hash of the stored JSON, so a transmitted file can be checked against it.
 */
public record EilSnapshot(String id, Instant frozenAt, String frozenBy, String sha256, EilTable table) {
}
