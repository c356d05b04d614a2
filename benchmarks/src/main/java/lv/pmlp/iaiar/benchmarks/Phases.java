package lv.pmlp.iaiar.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Runs the benchmark's phases one after another, notes each one's length, the machine's load average at its start
 * and end and the heap still reachable after it, and, with {@code -Dbench.jfr=true}, records each phase with JFR's profiling settings into a file of its own
 * ({@code NN-phase.jfr} under {@code bench.jfr-dir}), so a profile never mixes two phases. With
 * {@code -Dbench.phases=seed,commands} only the named phases run (an A/B of one figure in minutes); the others are
 * skipped, and a figure measured beside a skipped one's limit shows neither ratio nor verdict.
 */
final class Phases {

    interface Phase {
        void run() throws Exception;
    }

    private final Report report;
    private final Path jfrDirectory;
    private final List<String> known;
    private final Set<String> selected;
    private int count;

    /**
     * {@code known}: every phase the run has, in order; {@code selection}: the comma-separated names of those to run
     * ({@code bench.phases}), all when empty; a name not among {@code known} is refused.
     */
    Phases(Report report, boolean jfr, Path jfrDirectory, List<String> known, String selection) {
        this.report = report;
        this.jfrDirectory = jfr ? jfrDirectory : null;
        this.known = List.copyOf(known);
        this.selected = Arrays.stream(selection.split(",")).map(String::strip).filter(n -> !n.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        List<String> unknown = selected.stream().filter(n -> !known.contains(n)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("bench.phases names no such phase: " + unknown + "; the phases are " + known);
        }
    }

    void run(String name, Phase phase) throws Exception {
        if (!known.contains(name)) {
            throw new IllegalStateException("phase " + name + " is not in the run's list of phases " + known);
        }
        count++;
        if (!selected.isEmpty() && !selected.contains(name)) {
            System.out.printf("BENCHMARK phase %s skipped (not in bench.phases)%n", name);
            return;
        }
        String loadBefore = Report.loadAverage();
        long started = System.nanoTime();
        Recording recording = startRecording(name);
        System.out.printf("BENCHMARK phase %s starts, load average %s%n", name, loadBefore);
        try {
            phase.run();
        } finally {
            Path file = stopRecording(recording, name);
            double seconds = (System.nanoTime() - started) / 1e9;
            report.phase(name, Duration.ofNanos(System.nanoTime() - started), loadBefore, Report.loadAverage(), file,
                    liveHeapAfterFullCollection());
            System.out.printf(Locale.ROOT, "BENCHMARK phase %s took %.0f s, load average %s%n", name, seconds, Report.loadAverage());
        }
    }

    /**
     * The heap still reachable when the phase is over: a full collection first, so nothing dead is counted (after a
     * young collection the old generation still holds garbage). Between phases, so no measurement pays for it.
     */
    private static long liveHeapAfterFullCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private Recording startRecording(String name) throws IOException, ParseException {
        if (jfrDirectory == null) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setName("bench-" + name);
        recording.setToDisk(true);
        recording.start();
        return recording;
    }

    private Path stopRecording(Recording recording, String name) throws IOException {
        if (recording == null) {
            return null;
        }
        try {
            recording.stop();
            Files.createDirectories(jfrDirectory);
            Path file = jfrDirectory.resolve(String.format(Locale.ROOT, "%02d-%s.jfr", count, name));
            recording.dump(file);
            return file;
        } finally {
            recording.close();
        }
    }
}
