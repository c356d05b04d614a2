package lv.pmlp.iaiar.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A closed-loop load driver: {@code clients} threads each send the next request as soon as the previous one
 * answered, for a fixed time after a warm-up. Every call's latency goes into an HdrHistogram {@link Recorder}
 * (lock-free for the writers). Closed loop means a slow answer also slows the offered load, so the percentiles
 * are those seen by that many busy users, not those of a fixed arrival rate (no coordinated-omission correction).
 */
final class ClosedLoop {

    /** One unit of work of a client; returns how many requests it made and records each in {@code latencies}. */
    interface Step {
        int run(int client, long iteration, Recorder latencies) throws Exception;
    }

    record Result(Histogram latencies, long requests, long errors, Duration elapsed, String firstError) {

        double perSecond() {
            return requests / (elapsed.toNanos() / 1e9);
        }

        double millis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1e6;
        }
    }

    private ClosedLoop() {
    }

    /** Records one call's latency in nanoseconds (capped by the histogram's range). */
    static void time(Recorder latencies, long startedNanos) {
        latencies.recordValue(Math.min(System.nanoTime() - startedNanos, 60_000_000_000L));
    }

    static Result run(int clients, Duration warmUp, Duration measure, Step step) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long warmUntil = System.nanoTime() + warmUp.toNanos();
        long endAt = warmUntil + measure.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                try {
                    for (long i = 0; System.nanoTime() < endAt; i++) {
                        boolean counted = System.nanoTime() >= warmUntil;
                        try {
                            int made = step.run(client, i, recorder);
                            if (counted) {
                                requests.addAndGet(made);
                            }
                        } catch (Exception e) {
                            if (counted) {
                                errors.incrementAndGet();
                            }
                            firstError.compareAndSet(null, e.toString());
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        // the warm-up's samples are thrown away when the interval histogram is taken
        Thread.sleep(Math.max(0, (warmUntil - System.nanoTime()) / 1_000_000));
        recorder.getIntervalHistogram();
        long measuredFrom = System.nanoTime();
        done.await();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - measuredFrom);
        return new Result(recorder.getIntervalHistogram(), requests.get(), errors.get(), elapsed, firstError.get());
    }
}
