package lv.pmlp.iaiar.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import lv.pmlp.iaiar.api.IaiarApplication;
import lv.pmlp.iaiar.api.admin.ProjectionRebuilds;
import lv.pmlp.iaiar.api.admin.RebuildStatus;
import lv.pmlp.iaiar.api.synthetic.SyntheticDataLoader;
import lv.pmlp.iaiar.api.synthetic.SyntheticRegister;
import lv.pmlp.iaiar.api.web.CaseNumbers;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.projections.ReadModels;

/**
 * A short rebuild measurement, for profiling the projections without the whole benchmark run: starts the register on
 * its embedded default, seeds a synthetic population with the read-model processors paused (unless the data
 * directory already holds a log and a persistent read-model store), then rebuilds the chosen read models together
 * and prints each one's events per second beside the bare log read, with the load average. Optionally records the
 * rebuild with JFR. Settings ({@code bench.*}, see the {@code rebuild} profile in benchmarks/pom.xml):
 * {@code persons}, {@code data} (a directory to keep and reuse; a temporary one otherwise), {@code mongo-persistent}
 * (true: the file-backed embedded store, false: its memory backend, which needs seeding in the same run),
 * {@code projections} (comma-separated; default all but statistics), {@code rounds} (rebuilds one after another),
 * {@code rebuild.jfr} (a file for the recording of the last round; the catch-up after seeding goes beside it, as
 * {@code ...-catch-up.jfr}).
 */
public final class RebuildProfile {

    private static final long SEED = 20_261_123L;

    private final int persons = Integer.getInteger("bench.persons", 20_000);
    private final boolean mongoPersistent = Boolean.parseBoolean(System.getProperty("bench.mongo-persistent", "true"));
    private final String dataProperty = System.getProperty("bench.data", "");
    private final int rounds = Integer.getInteger("bench.rounds", 1);
    private final String jfr = System.getProperty("bench.rebuild.jfr", "");
    private final List<String> projections = projections(System.getProperty("bench.projections", ""));

    private ConfigurableApplicationContext app;

    public static void main(String[] args) throws Exception {
        int status = 0;
        try {
            new RebuildProfile().run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static List<String> projections(String property) {
        if (property.isBlank()) {
            return ReadModels.all().stream().filter(p -> !p.equals(ReadModels.STATISTICS)).toList();
        }
        return Arrays.stream(property.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void run() throws Exception {
        boolean keep = !dataProperty.isBlank();
        Path data = keep ? Path.of(dataProperty).toAbsolutePath() : Files.createTempDirectory("iaiar-rebuild-");
        Files.createDirectories(data);
        IaiarApplication.configureProcess();
        app = new SpringApplicationBuilder(IaiarApplication.class).run(
                "--server.port=0",
                "--register.data-directory=" + data,
                "--register.embedded-mongo.persistent=" + mongoPersistent,
                "--register.embedded-elasticsearch.home=" + System.getProperty("bench.elasticsearch-home",
                        "api/target/elasticsearch/elasticsearch-8.19.21"),
                "--register.deadlines.initial-delay=PT24H",
                "--register.deadlines.poll-interval=PT24H",
                "--register.retention.initial-delay=PT240H",
                "--logging.level.root=WARN",
                "--logging.level.lv.pmlp.iaiar=WARN");
        try {
            EventStore store = app.getBean(EventStore.class);
            pauseOthers();
            System.out.printf("REBUILD machine %s, data under %s, mongo-java-server %s backend%n", Report.machine(), data,
                    mongoPersistent ? "file" : "memory");
            if (head(store) == 0) {
                seed();
            } else {
                System.out.printf("REBUILD reusing the log of %d events; waiting for the read models%n", head(store));
                awaitProjections();
            }
            long total = head(store);
            double bare = Benchmarks.readRate(store, total, m -> { });
            double deserialised = Benchmarks.readRate(store, total, TrackedEventMessage::getPayload);
            System.out.printf("REBUILD log of %d events: bare read %.0f events/s, deserialised %.0f events/s (load %s)%n",
                    total, bare, deserialised, Report.loadAverage());
            for (int round = 1; round <= rounds; round++) {
                boolean record = round == rounds && !jfr.isBlank();
                rebuild(round, total, bare, record);
            }
        } finally {
            app.close();
            if (!keep) {
                deleteQuietly(data);
            }
        }
    }

    /** Read models not measured (statistics, by default) stay paused, so they take no CPU from the others. */
    private void pauseOthers() {
        EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
        for (String projection : app.getBean(ProjectionRebuilds.class).projections()) {
            if (!projections.contains(projection)) {
                processing.eventProcessor(projection, StreamingEventProcessor.class).ifPresent(StreamingEventProcessor::shutDown);
            }
        }
    }

    /** Seeds with the read-model processors paused, then lets them catch up: the first rebuild figure. */
    private void seed() throws Exception {
        ProjectionRebuilds rebuilds = app.getBean(ProjectionRebuilds.class);
        EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
        for (String projection : rebuilds.projections()) {
            processing.eventProcessor(projection, StreamingEventProcessor.class).ifPresent(StreamingEventProcessor::shutDown);
        }
        Instant now = app.getBean(Clock.class).instant();
        SyntheticRegister register = new SyntheticRegister(SEED, BusinessCalendar.dayOf(now).minusYears(5), now,
                app.getBean(CaseNumbers.class).taken());
        SyntheticDataLoader.Summary loaded = app.getBean(SyntheticDataLoader.class).load(SEED, register.scenarios(persons));
        System.out.printf("REBUILD seeded %d persons, %d commands at %.0f commands/s, %d failed (load %s)%n", loaded.persons(),
                loaded.commands(), loaded.commandsPerSecond(), loaded.failedPersons(), Report.loadAverage());
        long events = head(app.getBean(EventStore.class));
        Recording recording = jfr.isBlank() ? null : record(Path.of(jfr.replaceFirst("(\\.jfr)?$", "-catch-up.jfr")));
        double cpuBefore = cpuSeconds();
        long started = System.nanoTime();
        for (String projection : projections) {
            processing.eventProcessor(projection, StreamingEventProcessor.class).ifPresent(StreamingEventProcessor::start);
        }
        awaitProjections();
        System.out.printf("REBUILD all read models caught up on %d events at %.0f events/s, %.0f events per CPU second (load %s)%n",
                events, events / ((System.nanoTime() - started) / 1e9), events / (cpuSeconds() - cpuBefore), Report.loadAverage());
        if (recording != null) {
            recording.stop();
            recording.close();
        }
    }

    private void rebuild(int round, long total, double bare, boolean record) throws Exception {
        ProjectionRebuilds rebuilds = app.getBean(ProjectionRebuilds.class);
        Recording recording = record ? record(Path.of(jfr)) : null;
        double cpuBefore = cpuSeconds();
        long start = System.nanoTime();
        RebuildStatus status = rebuilds.start(projections);
        Map<String, Double> seconds = new LinkedHashMap<>();
        List<String> loads = new ArrayList<>();
        long lastLoad = start;
        while (!"COMPLETED".equals(status.state())) {
            Thread.sleep(100);
            status = rebuilds.status(status.id()).orElseThrow();
            for (RebuildStatus.ProjectionProgress progress : status.progress()) {
                if (progress.caughtUp()) {
                    seconds.putIfAbsent(progress.projection(), (System.nanoTime() - start) / 1e9);
                }
            }
            if (System.nanoTime() - lastLoad > 30e9) {
                loads.add(Report.loadAverage());
                lastLoad = System.nanoTime();
            }
        }
        double took = (System.nanoTime() - start) / 1e9;
        double cpu = cpuSeconds() - cpuBefore;
        String load = Report.loadAverage();
        if (recording != null) {
            recording.stop();
            recording.close();
        }
        System.out.printf("REBUILD round %d: %s together, %d events in %.1f s: %.0f events/s overall (%.4f of bare read), "
                + "load %s at the end, %s during%n", round, projections, total, took, total / took, total / took / bare, load, loads);
        System.out.printf("REBUILD round %d: %.0f CPU seconds (this JVM, PostgreSQL and Elasticsearch): %.0f events per CPU "
                + "second, %.2f of the %d cores used on average%n", round, cpu, total / cpu, cpu / took,
                Runtime.getRuntime().availableProcessors());
        seconds.forEach((projection, s) -> System.out.printf("REBUILD round %d:   %-20s %8.0f events/s (%.1f s)%n", round,
                projection, total / s, s));
    }

    private static Recording record(Path file) throws Exception {
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setToDisk(true);
        recording.setDestination(file);
        recording.start();
        return recording;
    }

    /**
     * CPU time used so far by this JVM (mongo-java-server included) and its child processes (PostgreSQL,
     * Elasticsearch): on a shared machine, events per CPU second compare runs that got different shares of it.
     */
    private static double cpuSeconds() {
        double total = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
            total += child.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        }
        return total;
    }

    private void awaitProjections() throws InterruptedException {
        ProjectionRebuilds rebuilds = app.getBean(ProjectionRebuilds.class);
        long deadline = System.nanoTime() + Duration.ofHours(2).toNanos();
        while (!rebuilds.positions().stream().filter(p -> projections.contains(p.projection()))
                .allMatch(RebuildStatus.ProjectionProgress::caughtUp)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("read models did not catch up: " + rebuilds.positions());
            }
            Thread.sleep(200);
        }
    }

    private static long head(EventStore store) {
        TrackingToken head = store.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private static void deleteQuietly(Path directory) {
        try (java.util.stream.Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | RuntimeException e) {
            System.out.println("REBUILD could not delete " + directory + ": " + e);
        }
    }
}
