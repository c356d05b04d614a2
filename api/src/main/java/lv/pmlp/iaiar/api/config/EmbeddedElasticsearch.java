package lv.pmlp.iaiar.api.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elasticsearch from its distribution (the integ-test-zip the build unpacks), run as a child process: for the
 * embedded default and, once per test JVM, for the tests. Elasticsearch refuses to run as root, so as root the
 * distribution and the working directory are handed to {@code nobody} and the node runs under {@code setpriv}.
 * That needs every parent directory to be traversable by {@code nobody}; where it is not (a clone under
 * {@code /root}), the distribution or the working directory moves to the system temp directory instead.
 *
 * <p>The node is started as a daemon with a pid file in the working directory. It is stopped (SIGTERM, then
 * SIGKILL after 30 s) by {@link #close()} and by a JVM shutdown hook, and a node left behind by a killed JVM
 * is found by its pid file and stopped before the next start.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> AS_NOBODY = List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups");

    /**
     * @param home            the unpacked distribution ({@code bin/elasticsearch} inside)
     * @param workDirectory   data, logs, temp files and the pid file; reused, so the index survives a restart
     * @param heap            the JVM heap, e.g. {@code 256m}
     * @param startTimeout    how long to wait for the node to become healthy
     * @param shutdownHookGrace how long the JVM shutdown hook leaves {@link #close()} to run first (the
     *                        application context stops the projection before the node); zero to stop at once
     * @param emptyData       start without the data of the previous run (tests)
     */
    public record Settings(Path home, Path workDirectory, String heap, Duration startTimeout, Duration shutdownHookGrace,
                           boolean emptyData) {
    }

    private final ProcessHandle node;
    private final String url;
    private final Path pidFile;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread shutdownHook;

    private EmbeddedElasticsearch(ProcessHandle node, String url, Path pidFile, Duration shutdownHookGrace) {
        this.node = node;
        this.url = url;
        this.pidFile = pidFile;
        this.shutdownHook = new Thread(() -> {
            try {
                if (!stopped.await(shutdownHookGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                    stop();
                }
            } catch (InterruptedException e) {
                stop();
            }
        }, "elasticsearch-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static EmbeddedElasticsearch start(Settings settings) {
        long started = System.nanoTime();
        Path home = settings.home().toAbsolutePath().normalize();
        if (!Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
            throw new IllegalStateException("No Elasticsearch distribution at " + home + ": build first (mvn package "
                    + "unpacks it into api/target/elasticsearch), or set register.elasticsearch.url to a running node");
        }
        Path work = settings.workDirectory().toAbsolutePath().normalize();
        boolean root = isRoot();
        if (root) {
            home = reachableByNobody(home, () -> copyToTemp(settings.home().toAbsolutePath().normalize()));
            work = reachableByNobody(work, () -> tempWorkDirectory(settings.workDirectory()));
        }
        Path pidFile = work.resolve("elasticsearch.pid");
        stopStale(pidFile);
        try {
            if (settings.emptyData()) {
                deleteTree(work.resolve("data"));
            }
            for (String dir : List.of("data", "logs", "tmp")) {
                Files.createDirectories(work.resolve(dir));
            }
            if (root) {
                chownToNobody(home);
                chownToNobody(work);
            }
            int httpPort = freePort();
            List<String> command = new ArrayList<>(root ? AS_NOBODY : List.of());
            command.addAll(List.of(home.resolve("bin/elasticsearch").toString(), "-d", "-p", pidFile.toString(),
                    "-E", "path.data=" + work.resolve("data"), "-E", "path.logs=" + work.resolve("logs"),
                    "-E", "discovery.type=single-node", "-E", "xpack.security.enabled=false",
                    "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
                    "-E", "http.host=127.0.0.1", "-E", "http.port=" + httpPort,
                    "-E", "transport.host=127.0.0.1", "-E", "transport.port=" + freePort()));
            ProcessBuilder launcher = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("launcher.log").toFile());
            Map<String, String> env = launcher.environment();
            env.put("ES_JAVA_HOME", System.getProperty("java.home"));
            env.put("ES_TMPDIR", work.resolve("tmp").toString());
            env.put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
            env.remove("JAVA_TOOL_OPTIONS");
            // with -d the launcher returns once the node has started, or fails
            Process process = launcher.start();
            if (!process.waitFor(settings.startTimeout().toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                stopStale(pidFile);
                throw new IllegalStateException("Elasticsearch did not start; see " + work.resolve("launcher.log")
                        + " and " + work.resolve("logs") + ":\n" + tail(work.resolve("launcher.log")));
            }
            ProcessHandle node = readPid(pidFile).flatMap(ProcessHandle::of)
                    .orElseThrow(() -> new IllegalStateException("Elasticsearch started but wrote no pid file " + pidFile));
            EmbeddedElasticsearch elasticsearch = new EmbeddedElasticsearch(node, "http://127.0.0.1:" + httpPort, pidFile,
                    settings.shutdownHookGrace());
            elasticsearch.awaitHealthy(settings.startTimeout());
            log.info("Elasticsearch {} (pid {}, data in {}) healthy after {} ms", elasticsearch.url, node.pid(), work,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return elasticsearch;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting Elasticsearch", e);
        }
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook is running or has run
        }
    }

    private synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        terminate(node);
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            log.warn("Could not delete {}", pidFile, e);
        }
        stopped.countDown();
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // not GET /: the test distribution lacks the module that answers it
        HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("Elasticsearch at " + url + " was not healthy within " + timeout);
    }

    /** SIGTERM, then SIGKILL if the node has not stopped within 30 s. */
    private static void terminate(ProcessHandle process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception notStopped) {
            log.warn("Elasticsearch (pid {}) did not stop within {}; killing it", process.pid(), STOP_TIMEOUT);
            process.destroyForcibly();
        }
    }

    /** A node of an earlier run that ended without stopping it (a killed JVM): same pid file, still alive. */
    private static void stopStale(Path pidFile) {
        readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(p -> p.info().commandLine().map(c -> c.contains("org.elasticsearch")).orElse(false))
                .ifPresent(p -> {
                    log.warn("Stopping Elasticsearch (pid {}) left running by an earlier run", p.pid());
                    terminate(p);
                });
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Files.isRegularFile(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isRoot() {
        return "0".equals(run(List.of("id", "-u")).strip());
    }

    private interface Fallback {
        Path path() throws IOException;
    }

    /** The directory itself, if {@code nobody} can reach it (it is chowned afterwards); otherwise the fallback. */
    private static Path reachableByNobody(Path directory, Fallback fallback) {
        // the directory itself becomes nobody's; the question is whether nobody can get to it
        Path parent = directory.getParent();
        while (parent != null && !Files.isDirectory(parent)) {
            parent = parent.getParent();
        }
        List<String> probe = new ArrayList<>(AS_NOBODY);
        probe.addAll(List.of("test", "-x", String.valueOf(parent)));
        if (parent != null && exitCode(probe) == 0) {
            return directory;
        }
        try {
            Path instead = fallback.path();
            log.warn("User nobody (who runs Elasticsearch) cannot reach {}: a parent directory is not traversable; using {}",
                    directory, instead);
            return instead;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyToTemp(Path home) throws IOException {
        Path copy = Path.of(System.getProperty("java.io.tmpdir"), "iaiar-" + home.getFileName());
        if (!Files.isDirectory(copy)) {
            // copied beside and renamed, so an interrupted copy is never mistaken for a complete one
            Path partial = Path.of(copy + ".partial-" + ProcessHandle.current().pid());
            try (Stream<Path> files = Files.walk(home)) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    Files.copy(source, partial.resolve(home.relativize(source).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
        }
        return copy;
    }

    private static Path tempWorkDirectory(Path work) {
        String key = Integer.toHexString(work.toAbsolutePath().normalize().toString().hashCode());
        return Path.of(System.getProperty("java.io.tmpdir"), "iaiar-elasticsearch-" + key);
    }

    /** Every time, not only when the top is root's: a directory removed and re-created by root would break the node. */
    private static void chownToNobody(Path path) {
        if (exitCode(List.of("chown", "-R", "nobody:nogroup", path.toString())) != 0) {
            throw new IllegalStateException("Could not chown " + path + " to nobody");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int exitCode(List<String> command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no output)";
        }
    }
}
