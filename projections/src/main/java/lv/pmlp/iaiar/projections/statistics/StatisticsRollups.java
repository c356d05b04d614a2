package lv.pmlp.iaiar.projections.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Pre-aggregated statistics, kept as the facts arrive so that a table is one document read, not a scan of the facts.
 *
 * <p>Each person has one document ({@link PersonRollup}) holding a membership marker per (reference fact kind,
 * period) with the person's first such fact in that period, the facts IRMA's readiness rule reads, and what the
 * person currently adds to the shared counters ({@code counted}). On every fact the person's contribution is
 * computed afresh from that document and their current profile; only the difference is added to the counters.
 * So a person counts once per period and category whatever the number of decisions, and a later back-dated fact,
 * a corrected citizenship or an erased birth date moves the person between cells instead of counting them twice.
 *
 * <p>Counters: {@value #EIL} has one document per EIL table and period ({@code migr_eiord:2026-Q1}) with a
 * distinct-person count per cell; {@value #IRMA} has one document per month with the change in the month-end stock
 * of persons ready for return, so a month's stock is the sum of the changes up to it.
 *
 * <p>Idempotent without transactions: the person document is written (with the difference as {@code pending} and
 * the event's position in the log) before the counters, and every counter document remembers the position of the
 * last event applied to it and ignores an event at or before it. An event delivered again finds either nothing to
 * add or, if the counters were interrupted, its own pending difference to finish. This relies on the statistics
 * processing group handling events in log order on one thread (one segment), as it is configured.
 *
 * <p>All Mongo writes of the rollups go through {@link #save} and {@link #increment}.
 */
@Component
public class StatisticsRollups {

    public static final String PERSONS = "statistics_rollup_persons";
    public static final String EIL = "statistics_rollup_eil";
    public static final String IRMA = "statistics_rollup_irma";

    /** The counters are the documents' fields: {@code cells.<citizen>|<sex>|<age>[|<breakdown>]}, ... */
    public static final String CELLS = "cells";
    public static final String UAM = "uam";
    public static final String EXCLUDED = "excluded";
    public static final String PERSONS_FIELD = "persons";
    public static final String CITIZENS = "citizens";
    public static final String POSITION = "position";

    /** The EIL tables kept as rollups, by their annual dataset code, with their reference fact and own breakdown. */
    public enum Table {
        ORDERED_TO_LEAVE("migr_eiord", FactKind.DECISION_ISSUED, null),
        RETURNED("migr_eirtn", FactKind.RETURNED, m -> List.of(m.destination(), EilCodes.TOTAL)),
        RETURNED_BY_TYPE("migr_eirt_vol", FactKind.RETURNED, m -> List.of(m.returnType(), EilCodes.ALL_RETURNS)),
        RETURNED_BY_ASSISTANCE("migr_eirt_ass", FactKind.RETURNED, m -> List.of(m.assistance(), EilCodes.ALL_RETURNS)),
        ILLEGALLY_PRESENT("migr_eipre", FactKind.DETECTED, null);

        private final String code;
        private final FactKind reference;
        private final Function<Marker, List<String>> breakdown;

        Table(String code, FactKind reference, Function<Marker, List<String>> breakdown) {
            this.code = code;
            this.reference = reference;
            this.breakdown = breakdown;
        }

        /** The counter document of this table for a period label ({@code 2026}, {@code 2026-Q1}, {@code 2026-03}). */
        public String documentId(String period) {
            return code + ":" + period;
        }

        public static Table byCode(String code) {
            for (Table table : values()) {
                if (table.code.equals(code)) {
                    return table;
                }
            }
            throw new IllegalArgumentException("No EIL rollup " + code);
        }
    }

    /**
     * A person's first fact of a kind in a period: it sets their age (on that day), destination, type of return,
     * assistance and UAM status in the tables of that kind and period.
     */
    public record Marker(String kind, String period, String day, Instant recordedAt, String eventId, String destination,
                         String returnType, String assistance, Boolean unaccompaniedMinor) {

        static final Comparator<Marker> FIRST = Comparator.comparing(Marker::day).thenComparing(Marker::recordedAt)
                .thenComparing(Marker::eventId);

        String key() {
            return kind + ":" + period;
        }
    }

    /** An amount added to one counter: {@code in} the collection, {@code doc} the document, {@code field} the counter. */
    public record Count(String in, String doc, String field, long n) {

        static final Comparator<Count> ORDER = Comparator.comparing(Count::in).thenComparing(Count::doc)
                .thenComparing(Count::field);
    }

    /**
     * @param counted  what the person adds to the counters now
     * @param pending  the last difference added, with the position of the event that added it
     */
    public record PersonRollup(@Id String personId, List<Marker> markers, List<ReturnReadiness.Step> irma,
                               List<Count> counted, List<Count> pending, long position) {
    }

    private final MongoTemplate mongo;

    StatisticsRollups(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Folds one fact of a person into their rollup and brings the counters up to date with their current profile.
     *
     * @param position the event's position in the log, or negative when unknown (then a redelivery would count again)
     */
    public void apply(StatisticalFact fact, StatisticalProfile profile, long position) {
        PersonRollup before = mongo.findById(fact.personId(), PersonRollup.class, PERSONS);
        if (before != null && position >= 0 && before.position() == position) {
            // delivered again: the counters may not have received all of what this event added
            increment(before.pending(), position);
        }
        List<Marker> markers = before == null ? List.of() : before.markers();
        List<ReturnReadiness.Step> irma = before == null ? List.of() : before.irma();
        markers = withMarkers(markers, fact);
        irma = withStep(irma, fact);
        List<Count> counted = before == null ? List.of() : before.counted();
        List<Count> desired = contribution(markers, irma, profile);
        List<Count> difference = difference(counted, desired);
        PersonRollup after;
        if (difference.isEmpty()) {
            boolean unchanged = before == null ? markers.isEmpty() && irma.isEmpty()
                    : before.markers().equals(markers) && before.irma().equals(irma);
            if (unchanged) {
                return;
            }
            after = new PersonRollup(fact.personId(), markers, irma, desired,
                    before == null ? List.of() : before.pending(), before == null ? -1 : before.position());
            save(after);
            return;
        }
        after = new PersonRollup(fact.personId(), markers, irma, desired, difference, position);
        save(after);
        increment(difference, position);
    }

    void reset() {
        for (String collection : List.of(PERSONS, EIL, IRMA)) {
            mongo.dropCollection(collection);
        }
    }

    // ---- the only writes --------------------------------------------------------------------------------------

    private void save(PersonRollup rollup) {
        mongo.save(rollup, PERSONS);
    }

    /** Adds the counts, one update per counter document, unless that document has seen this event or a later one. */
    private void increment(List<Count> counts, long position) {
        Map<List<String>, Update> updates = new LinkedHashMap<>();
        for (Count count : counts) {
            updates.computeIfAbsent(List.of(count.in(), count.doc()), k -> new Update()).inc(count.field(), count.n());
        }
        updates.forEach((target, update) -> {
            if (position < 0) {
                mongo.upsert(Query.query(where("_id").is(target.get(1))), update, target.get(0));
                return;
            }
            update.set(POSITION, position);
            try {
                mongo.upsert(Query.query(where("_id").is(target.get(1)).and(POSITION).lt(position)), update, target.get(0));
            } catch (DuplicateKeyException alreadyApplied) {
                // the document exists with this event's position or a later one: this difference is in it
            }
        });
    }

    // ---- folding and counting (no store access) ---------------------------------------------------------------

    static List<Marker> withMarkers(List<Marker> markers, StatisticalFact fact) {
        List<Marker> result = null;
        for (FactKind kind : fact.kinds()) {
            if (kind != FactKind.DECISION_ISSUED && kind != FactKind.RETURNED && kind != FactKind.DETECTED) {
                continue;
            }
            for (String period : List.of(fact.month(), fact.quarter(), fact.year())) {
                Marker candidate = new Marker(kind.name(), period, fact.day(), millis(fact.recordedAt()), fact.eventId(),
                        fact.destination(), fact.returnType(), fact.assistance(), fact.unaccompaniedMinor());
                List<Marker> current = result == null ? markers : result;
                Marker existing = current.stream().filter(m -> m.key().equals(candidate.key())).findFirst().orElse(null);
                if (existing != null && Marker.FIRST.compare(existing, candidate) <= 0) {
                    continue;
                }
                List<Marker> next = new ArrayList<>(current);
                next.remove(existing);
                next.add(candidate);
                next.sort(Comparator.comparing(Marker::key));
                result = next;
            }
        }
        return result == null ? markers : List.copyOf(result);
    }

    static List<ReturnReadiness.Step> withStep(List<ReturnReadiness.Step> steps, StatisticalFact fact) {
        ReturnReadiness.Step step = ReturnReadiness.Step.of(fact);
        if (!step.relevant() || steps.stream().anyMatch(s -> s.eventId().equals(step.eventId()))) {
            return steps;
        }
        List<ReturnReadiness.Step> next = new ArrayList<>(steps);
        next.add(new ReturnReadiness.Step(step.eventId(), step.decisionId(), step.kinds(), step.day(),
                millis(step.recordedAt()), step.decisionType()));
        next.sort(ReturnReadiness.Step.ORDER);
        return List.copyOf(next);
    }

    /** What the person adds to every counter, given their markers, readiness facts and current profile. */
    static List<Count> contribution(List<Marker> markers, List<ReturnReadiness.Step> irma, StatisticalProfile profile) {
        Map<Count, Long> counts = new TreeMap<>(Count.ORDER);
        if (profile == null) {
            return List.of();
        }
        StatisticalProfile.Revision person = profile.current();
        boolean outside = EilCodes.outsideEil(person);
        for (Marker marker : markers) {
            for (Table table : Table.values()) {
                if (!table.reference.name().equals(marker.kind())) {
                    continue;
                }
                String doc = table.documentId(marker.period());
                if (outside) {
                    add(counts, EIL, doc, EXCLUDED, 1);
                    continue;
                }
                String age = EilCodes.ageBand(person.dateOfBirth(), LocalDate.parse(marker.day()));
                List<List<String>> values = new ArrayList<>();
                values.add(List.of(EilCodes.citizen(person), EilCodes.TOTAL));
                values.add(List.of(EilCodes.sex(person.sex()), EilCodes.SEX_TOTAL));
                values.add(EilCodes.minor(age) ? List.of(age, EilCodes.MINORS, EilCodes.TOTAL) : List.of(age, EilCodes.TOTAL));
                if (table.breakdown != null) {
                    values.add(table.breakdown.apply(marker));
                }
                for (List<String> key : cartesian(values)) {
                    add(counts, EIL, doc, cellField(key), 1);
                }
                add(counts, EIL, doc, UAM + "." + encode(EilCodes.uam(age, marker.unaccompaniedMinor())), 1);
            }
        }
        if (!outside && !irma.isEmpty()) {
            String citizen = CITIZENS + "." + encode(EilCodes.citizen(person));
            boolean ready = false;
            for (String month : new TreeSet<>(irma.stream().map(s -> s.day().substring(0, 7)).toList())) {
                boolean now = ReturnReadiness.readyAt(irma, YearMonth.parse(month).atEndOfMonth());
                if (now != ready) {
                    add(counts, IRMA, month, PERSONS_FIELD, now ? 1 : -1);
                    add(counts, IRMA, month, citizen, now ? 1 : -1);
                    ready = now;
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> new Count(e.getKey().in(), e.getKey().doc(), e.getKey().field(), e.getValue())).toList();
    }

    /** desired minus counted, counter by counter. */
    static List<Count> difference(List<Count> counted, List<Count> desired) {
        Map<Count, Long> diff = new TreeMap<>(Count.ORDER);
        desired.forEach(c -> diff.merge(c, c.n(), Long::sum));
        counted.forEach(c -> diff.merge(c, -c.n(), Long::sum));
        return diff.entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> new Count(e.getKey().in(), e.getKey().doc(), e.getKey().field(), e.getValue())).toList();
    }

    private static void add(Map<Count, Long> counts, String in, String doc, String field, long n) {
        counts.merge(new Count(in, doc, field, 0), n, Long::sum);
    }

    private static List<List<String>> cartesian(List<List<String>> values) {
        List<List<String>> keys = new ArrayList<>();
        keys.add(List.of());
        for (List<String> codes : values) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> key : keys) {
                for (String code : codes) {
                    List<String> longer = new ArrayList<>(key);
                    longer.add(code);
                    next.add(longer);
                }
            }
            keys = next;
        }
        return keys;
    }

    /** The counter of a cell: {@code cells.} and the cell's codes, each encoded, joined by {@code |}. */
    public static String cellField(List<String> codes) {
        return CELLS + "." + String.join("|", codes.stream().map(StatisticsRollups::encode).toList());
    }

    /** The codes of a cell counter's name (without the {@code cells.} prefix). */
    public static List<String> cellCodes(String name) {
        return java.util.Arrays.stream(name.split("\\|", -1)).map(StatisticsRollups::decode).toList();
    }

    /** Codes become field names: anything but letters, digits, '_' and '-' is written %XX (no '.', no '$'). */
    public static String encode(String code) {
        String value = Objects.requireNonNullElse(code, EilCodes.UNKNOWN);
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    public static String decode(String field) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '%' && i + 2 < field.length()) {
                bytes.write(Integer.parseInt(field.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The store keeps milliseconds; comparing at that precision makes a fact read back equal to itself. */
    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
