package lv.pmlp.iaiar.api.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.events.Institution;

/**
 * A generator of realistic synthetic register data: persons of many citizenships with names in their own
 * scripts, their return cases, decisions, detentions, appeals, departures, removals and entry bans, spread
 * between {@code from} and {@code asOf}. Pure: no Spring, no I/O, no clock of its own.
 * <p>
 * The same seed gives the same population, command for command. Each person's history depends only on the
 * seed and the person's index, so populations of any size stream through in constant memory; only case
 * numbers are shared, allocated per institution and year in the order persons are generated.
 */
public final class SyntheticRegister {

    private final long seed;
    private final LocalDate from;
    private final Instant asOf;
    private final Map<String, Long> caseNumbersTaken;

    /**
     * @param caseNumbersTaken the highest sequence already used per {@code "{institution}-{year}"}, so that
     *                         a population loaded into a register that has cases does not reuse their numbers
     */
    public SyntheticRegister(long seed, LocalDate from, Instant asOf, Map<String, Long> caseNumbersTaken) {
        this.seed = seed;
        this.from = Objects.requireNonNull(from, "from");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        if (!from.isBefore(BusinessCalendar.dayOf(asOf))) {
            throw new IllegalArgumentException("the range must start before " + asOf + "; it starts on " + from);
        }
        this.caseNumbersTaken = Map.copyOf(caseNumbersTaken);
    }

    public SyntheticRegister(long seed, LocalDate from, Instant asOf) {
        this(seed, from, asOf, Map.of());
    }

    /** Histories over the {@code years} before {@code asOf}. */
    public static SyntheticRegister lastYears(long seed, int years, Instant asOf) {
        return new SyntheticRegister(seed, BusinessCalendar.dayOf(asOf).minusYears(years), asOf);
    }

    public long seed() {
        return seed;
    }

    /** The persons' scenarios in index order, generated lazily as the stream is consumed. */
    public Stream<Scenario> scenarios(int persons) {
        if (persons < 0) {
            throw new IllegalArgumentException("persons must not be negative");
        }
        Counters numbers = new Counters(caseNumbersTaken);
        Iterator<Scenario> iterator = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < persons;
            }

            @Override
            public Scenario next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return new ScenarioWriter(seed, next++, from, asOf, numbers).write();
            }
        };
        // ordered and sequential: case numbers are allocated in index order even if a caller asks for parallel()
        return StreamSupport.stream(Spliterators.spliterator(iterator, persons,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }

    /** {@code {PMLP|VRS}-{yyyy}-{seq}}, continuing after the numbers already taken, as the register's own allocator does. */
    private static final class Counters implements ScenarioWriter.CaseNumberAllocator {

        private final Map<String, Long> last;

        Counters(Map<String, Long> taken) {
            this.last = new HashMap<>(taken);
        }

        @Override
        public String next(Institution institution, int year) {
            String key = institution + "-" + year;
            return String.format("%s-%06d", key, last.merge(key, 1L, Long::sum));
        }
    }
}
