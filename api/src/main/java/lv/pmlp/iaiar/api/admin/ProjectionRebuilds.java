package lv.pmlp.iaiar.api.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.projections.ReadModels;

/**
 * Rebuilds read models from the log: stops a projection's processor, resets its tokens (its reset handler
 * clears the read model), starts it again, and watches it replay. Commands are not affected: the command side
 * never reads a projection.
 */
@Component
public class ProjectionRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(5);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    /** Wall time, not the business clock: rates and estimates are about this machine's work. */
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "projection-rebuild-watch");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionRebuilds(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** Thrown when a projection is asked to rebuild while it is still rebuilding. */
    public static class RebuildInProgressException extends RuntimeException {
        RebuildInProgressException(String projection) {
            super("Projection " + projection + " is already being rebuilt");
        }
    }

    /** Thrown for a name that is not one of the read models. */
    public static class UnknownProjectionException extends RuntimeException {
        UnknownProjectionException(String projection) {
            super("No projection " + projection + "; known: " + ReadModels.all());
        }
    }

    public List<String> projections() {
        return ReadModels.all().stream().filter(p -> processor(p).isPresent()).toList();
    }

    public List<RebuildStatus.ProjectionProgress> positions() {
        long head = head();
        return projections().stream().map(p -> progressOf(p, head)).toList();
    }

    public synchronized RebuildStatus start(Collection<String> requested) {
        List<String> projections = requested.isEmpty() ? projections() : List.copyOf(requested);
        for (String projection : projections) {
            if (processor(projection).isEmpty()) {
                throw new UnknownProjectionException(projection);
            }
            boolean busy = rebuilds.values().stream().anyMatch(r -> !r.finished() && r.projections.contains(projection));
            if (busy) {
                throw new RebuildInProgressException(projection);
            }
        }
        Rebuild rebuild = new Rebuild(UUID.randomUUID().toString(), projections, clock.instant(), head());
        rebuilds.put(rebuild.id, rebuild);
        for (String projection : projections) {
            StreamingEventProcessor processor = processor(projection).orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        log.info("Rebuilding {} from {} events", projections, rebuild.total);
        rebuild.schedule(watcher.scheduleAtFixedRate(() -> watch(rebuild), 200, 200, TimeUnit.MILLISECONDS));
        return status(rebuild);
    }

    public Optional<RebuildStatus> status(String id) {
        return Optional.ofNullable(rebuilds.get(id)).map(this::status);
    }

    private void watch(Rebuild rebuild) {
        try {
            RebuildStatus status = status(rebuild);
            Instant now = clock.instant();
            if (status.progress().stream().allMatch(RebuildStatus.ProjectionProgress::caughtUp)) {
                rebuild.finish(now, status.processed());
                log.info("Rebuilt {}: {} events in {} s ({} events/s)", rebuild.projections, status.processed(),
                        Duration.between(rebuild.startedAt, now).toMillis() / 1000.0, Math.round(status(rebuild).eventsPerSecond()));
            } else if (Duration.between(rebuild.lastReport, now).compareTo(REPORT_EVERY) >= 0) {
                rebuild.lastReport = now;
                log.info("Rebuilding {}: {} of {} events, {} events/s, about {} s left", rebuild.projections,
                        status.processed(), status.total(), Math.round(status.eventsPerSecond()), status.secondsLeft());
            }
        } catch (RuntimeException e) {
            log.warn("Could not read the progress of rebuild {}", rebuild.id, e);
        }
    }

    private RebuildStatus status(Rebuild rebuild) {
        List<RebuildStatus.ProjectionProgress> progress = new ArrayList<>();
        for (String projection : rebuild.projections) {
            progress.add(progressOf(projection, rebuild.total));
        }
        long processed = rebuild.finished() ? rebuild.processedAtEnd
                : progress.stream().mapToLong(RebuildStatus.ProjectionProgress::position).min().orElse(0);
        Instant end = rebuild.finished() ? rebuild.finishedAt : clock.instant();
        double seconds = Math.max(0.001, Duration.between(rebuild.startedAt, end).toMillis() / 1000.0);
        double rate = processed / seconds;
        Long left = rebuild.finished() ? Long.valueOf(0) : rate <= 0 ? null : Math.max(0, Math.round((rebuild.total - processed) / rate));
        return new RebuildStatus(rebuild.id, rebuild.projections, rebuild.finished() ? "COMPLETED" : "RUNNING",
                rebuild.startedAt, rebuild.finishedAt, rebuild.total, processed, rate, left, progress);
    }

    private RebuildStatus.ProjectionProgress progressOf(String projection, long target) {
        StreamingEventProcessor processor = processor(projection).orElseThrow();
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long position = segments.stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(0))
                .min().orElse(0);
        boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        // A replay token reports "replaying" until an event past the reset point arrives, so at the head of a quiet
        // log it never clears; having reached the target position is what counts.
        boolean caughtUp = processor.isRunning() && !segments.isEmpty() && position >= target;
        return new RebuildStatus.ProjectionProgress(projection, position, replaying, caughtUp);
    }

    private Optional<StreamingEventProcessor> processor(String projection) {
        return processing.eventProcessor(projection, StreamingEventProcessor.class);
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    @Override
    public void destroy() {
        watcher.shutdownNow();
    }

    private static final class Rebuild {
        final String id;
        final List<String> projections;
        final Instant startedAt;
        final long total;
        volatile Instant finishedAt;
        volatile long processedAtEnd;
        volatile Instant lastReport;
        private java.util.concurrent.ScheduledFuture<?> watch;

        Rebuild(String id, List<String> projections, Instant startedAt, long total) {
            this.id = id;
            this.projections = projections;
            this.startedAt = startedAt;
            this.total = total;
            this.lastReport = startedAt;
        }

        void schedule(java.util.concurrent.ScheduledFuture<?> future) {
            this.watch = future;
        }

        boolean finished() {
            return finishedAt != null;
        }

        void finish(Instant at, long processed) {
            processedAtEnd = processed;
            finishedAt = at;
            watch.cancel(false);
        }
    }
}
