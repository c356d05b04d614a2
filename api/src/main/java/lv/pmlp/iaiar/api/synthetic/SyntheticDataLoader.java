package lv.pmlp.iaiar.api.synthetic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonProperty;

import lv.pmlp.iaiar.api.web.CaseNumbers;
import lv.pmlp.iaiar.command.returncase.OpenReturnCaseCommand;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.command.rules.RuleViolations;

/**
 * Sends generated scenarios through the command gateway, the same path REST commands take after the web
 * layer, so every command meets the aggregates' rules. One person's commands go in order; several persons
 * load at once on a small pool, with a bounded number waiting, so a population of any size streams through.
 * A refused command ends its person's scenario (what follows would depend on it) and is counted by rule.
 */
@Component
public class SyntheticDataLoader {

    /** How far back generated histories reach. */
    static final int YEARS = 5;

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataLoader.class);

    private final CommandGateway gateway;
    private final CaseNumbers caseNumbers;
    private final Clock clock;
    private final int workers;

    SyntheticDataLoader(CommandGateway gateway, CaseNumbers caseNumbers, Clock clock,
                        @Value("${register.synthetic-data.workers:8}") int workers) {
        this.gateway = gateway;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
        this.workers = workers;
    }

    /** What a load did. {@code failures} counts refused scenarios by the rule (or exception) that refused them. */
    public record Summary(long seed, int persons, long commands, long expectedEvents, int failedPersons,
                          Map<String, Long> failures, Duration elapsed) {

        public Summary {
            failures = Map.copyOf(failures);
        }

        @JsonProperty
        public double personsPerSecond() {
            return persons / seconds();
        }

        @JsonProperty
        public double commandsPerSecond() {
            return commands / seconds();
        }

        private double seconds() {
            return Math.max(elapsed.toNanos(), 1) / 1e9;
        }
    }

    /** Generates {@code persons} histories over the last {@value #YEARS} years up to now and loads them. */
    public Summary load(int persons, long seed) {
        Instant now = clock.instant();
        SyntheticRegister register = new SyntheticRegister(seed, BusinessCalendar.dayOf(now).minusYears(YEARS), now,
                caseNumbers.taken());
        return load(seed, register.scenarios(persons));
    }

    public Summary load(long seed, Stream<Scenario> scenarios) {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers, named());
        Semaphore waiting = new Semaphore(workers * 4);
        AtomicInteger persons = new AtomicInteger();
        AtomicLong commands = new AtomicLong();
        AtomicLong events = new AtomicLong();
        AtomicInteger failedPersons = new AtomicInteger();
        Map<String, Long> failures = new ConcurrentHashMap<>();
        Map<String, Long> lastCaseNumbers = new ConcurrentHashMap<>();
        AtomicReference<RuntimeException> broken = new AtomicReference<>();
        try {
            scenarios.forEach(scenario -> {
                waiting.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        persons.incrementAndGet();
                        String refusal = send(seed, scenario, commands, lastCaseNumbers);
                        if (refusal == null) {
                            events.addAndGet(scenario.expectedEvents());
                        } else {
                            failedPersons.incrementAndGet();
                            failures.merge(refusal, 1L, Long::sum);
                        }
                    } catch (RuntimeException unexpected) {
                        broken.compareAndSet(null, unexpected);
                    } finally {
                        waiting.release();
                    }
                });
            });
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
            // numbers the population used are taken: cases opened later through the API continue after them
            lastCaseNumbers.forEach(caseNumbers::reserveThrough);
        }
        if (broken.get() != null) {
            throw broken.get();
        }
        Summary summary = new Summary(seed, persons.get(), commands.get(), events.get(), failedPersons.get(),
                new TreeMap<>(failures), Duration.ofNanos(System.nanoTime() - started));
        log.info("Loaded {} synthetic persons ({} commands, {} failed) with seed {} in {} ms: {} persons/s, {} commands/s",
                summary.persons(), summary.commands(), summary.failedPersons(), seed, summary.elapsed().toMillis(),
                Math.round(summary.personsPerSecond()), Math.round(summary.commandsPerSecond()));
        return summary;
    }

    /** Sends one scenario's commands in order; returns the refusal's rule code, or null when all were accepted. */
    private String send(long seed, Scenario scenario, AtomicLong commands, Map<String, Long> lastCaseNumbers) {
        String correlationId = "synthetic-" + seed + "-" + scenario.index();
        for (Object command : scenario.commands()) {
            try {
                gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(Map.of("correlationId", correlationId)));
                commands.incrementAndGet();
            } catch (RuntimeException failure) {
                String code = RuleViolations.unwrap(failure).map(v -> v.rule().name()).orElse(failure.getClass().getSimpleName());
                String message = String.valueOf(failure.getMessage());
                log.warn("Synthetic person {} (seed {}): {} refused with {}: {}", scenario.index(), seed,
                        command.getClass().getSimpleName(), code, message.length() > 200 ? message.substring(0, 200) + " ..." : message);
                return code;
            }
            if (command instanceof OpenReturnCaseCommand opened) {
                String number = opened.caseNumber();
                int cut = number.lastIndexOf('-');
                lastCaseNumbers.merge(number.substring(0, cut), Long.parseLong(number.substring(cut + 1)), Math::max);
            }
        }
        return null;
    }

    private static ThreadFactory named() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "synthetic-data-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                log.info("Still loading synthetic data ...");
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
