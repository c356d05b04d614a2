package lv.pmlp.iaiar.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table of figures, each beside its limit: printed, and written as BENCHMARKS.md. */
final class Report {

    /** {@code met} is null where the issue sets no target for the figure (it is shown for context). */
    record Row(String item, String figure, String measured, String beside, String ratio, String target, Boolean met) {
    }

    private final List<Row> rows = new ArrayList<>();
    /** The machine's 1-minute load average when each row was recorded (the end of its measurement). */
    private final List<String> loads = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> phases = new ArrayList<>();
    private long peakLiveHeap;

    void add(Row row) {
        rows.add(row);
        loads.add(loadAverage());
        System.out.printf(Locale.ROOT, "BENCHMARK %-4s %-62s %-24s %-34s %-8s %-22s %-6s load %s%n", row.item(), row.figure(),
                row.measured(), row.beside(), row.ratio(), row.target(), verdict(row), loads.get(loads.size() - 1));
    }

    /** The 1-minute load average: on a shared machine, how busy it was beside this run. */
    static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    void note(String note) {
        notes.add(note);
        System.out.println("BENCHMARK note: " + note);
    }

    /** A phase of the run: how long it took, the load average at its start and end, and its JFR file if recorded. */
    void phase(String name, java.time.Duration took, String loadBefore, String loadAfter, Path recording, long liveHeap) {
        phases.add(String.format(Locale.ROOT, "| %s | %,d s | %s | %s | %,d MiB | %s |", name, took.toSeconds(), loadBefore,
                loadAfter, liveHeap / 1024 / 1024, recording == null ? "–" : "`" + recording.getFileName() + "`"));
        peakLiveHeap = Math.max(peakLiveHeap, liveHeap);
    }

    /** The largest heap still reachable after a full collection at the end of a phase. */
    long peakLiveHeap() {
        return peakLiveHeap;
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    static String ratio(double measured, double beside) {
        if (beside <= 0) {
            return "–";
        }
        double ratio = measured / beside;
        return String.format(Locale.ROOT, ratio < 0.1 ? "%.4f" : "%.2f", ratio);
    }

    private static String verdict(Row row) {
        return row.met() == null ? "–" : row.met() ? "yes" : "**no**";
    }

    /** Cores and JDK of this JVM; memory from /proc/meminfo (the whole machine, not the heap). */
    static String machine() {
        String memory = "unknown";
        try {
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse(memory);
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it unknown rather than guess
        }
        return String.format(Locale.ROOT, "%d cores, %s memory, JDK %s (%s), %s %s, load average %.2f at start",
                Runtime.getRuntime().availableProcessors(), memory, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    void write(Path file, String title, List<String> header) throws IOException {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        header.forEach(line -> md.append(line).append("\n"));
        md.append("\n| # | figure | measured | beside its limit | ratio | target | met | load avg |\n|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            md.append("| ").append(String.join(" | ", row.item(), row.figure(), row.measured(), row.beside(), row.ratio(),
                    row.target(), verdict(row), loads.get(i))).append(" |\n");
        }
        if (!phases.isEmpty()) {
            md.append("\nPhases (load average at start and end; heap still reachable after a full collection at the end; "
                    + "JFR recording with -Dbench.jfr=true):\n\n")
                    .append("| phase | took | load at start | load at end | live heap | JFR |\n|---|---|---|---|---|---|\n");
            phases.forEach(p -> md.append(p).append("\n"));
        }
        if (!notes.isEmpty()) {
            md.append("\nNotes:\n\n");
            notes.forEach(n -> md.append("- ").append(n).append("\n"));
        }
        md.append("\nWritten ").append(Instant.now()).append(" by `lv.pmlp.iaiar.benchmarks.Benchmarks`.\n");
        Files.writeString(file, md.toString());
        System.out.println("BENCHMARK table written to " + file.toAbsolutePath().normalize());
    }
}
