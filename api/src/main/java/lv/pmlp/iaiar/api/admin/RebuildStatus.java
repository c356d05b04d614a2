package lv.pmlp.iaiar.api.admin;

import java.time.Instant;
import java.util.List;

/**
 * Where a rebuild stands. {@code total} is the log's last position when the rebuild started; events recorded
 * meanwhile are processed too, so {@code processed} may pass it before the state turns COMPLETED.
 */
public record RebuildStatus(
        String id,
        List<String> projections,
        String state,
        Instant startedAt,
        Instant finishedAt,
        long total,
        long processed,
        double eventsPerSecond,
        Long secondsLeft,
        List<ProjectionProgress> progress) {

    /** One projection's position in the log during the rebuild. */
    public record ProjectionProgress(String projection, long position, boolean replaying, boolean caughtUp) {
    }
}
