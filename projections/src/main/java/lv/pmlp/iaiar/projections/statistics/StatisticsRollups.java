package lv.pmlp.iaiar.projections.statistics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.projections.batch.BatchedMongo;

/**
 * Pre-aggregated statistics, kept as the facts arrive so that a table is a few documents read, not a scan of the facts.
 *
 * <p>Each person has one document ({@link PersonRollup}) holding a membership marker per (reference fact kind,
 * period) with the person's first such fact in that period, the facts IRMA's readiness rule reads, and what the
 * person's data the counters hold them with ({@code countedAs}). On every fact only the change in what the person
 * adds to the shared counters goes to them ({@link #change}: the acts and markers that came or went, counted with
 * the current profile, or the whole contribution before and after when the person's counted data changed).
 * So a person counts once per period and category whatever the number of decisions, and a later back-dated fact,
 * a corrected citizenship or an erased birth date moves the person between cells instead of counting them twice.
 *
 * <p>Counters: {@value #EIL} has, per EIL table and period, {@value #EIL_BUCKETS} documents
 * ({@code migr_eiord:2026-Q1#0} ...) with a distinct-person count per cell, each cell in its citizenship's
 * document; {@value #IRMA} has one document per month with the change in the month-end stock of persons ready for
 * return, so a month's stock is the sum of the changes up to it; {@value #OPS} has {@value #OPS_BUCKETS} documents per
 * month of event counts, each figure in its key's document and each officer's workload in the officer's. A document
 * holds counters only (and the journal's marker), so its size is bounded by the code lists, not by the population.
 *
 * <p>Writes are batched: the person rollups go through the batch's {@link BatchedMongo} with the projection's other
 * per-person documents, and the differences of the whole batch are summed and written once per counter document
 * at the batch's end by the {@link StatisticsJournal}, which makes handling a batch again change nothing.
 */
@Component
public class StatisticsRollups {

    public static final String PERSONS = "statistics_rollup_persons";
    public static final String EIL = "statistics_rollup_eil";
    public static final String IRMA = "statistics_rollup_irma";
    public static final String OPS = "statistics_rollup_operational";

    /** The counters are the documents' fields: {@code cells.<citizen>|<sex>|<age>[|<breakdown>]}, ... */
    public static final String CELLS = "cells";
    public static final String UAM = "uam";
    public static final String EXCLUDED = "excluded";
    public static final String PERSONS_FIELD = "persons";
    public static final String CITIZENS = "citizens";
    /**
     * Counter documents per EIL table and period ({@value #EIL_BUCKETS}) and per month of operational figures
     * ({@value #OPS_BUCKETS}). The counters are spread over them by what they count, not by who is counted: an EIL
     * cell goes to its citizenship's document, a figure to its key's, an officer's workload to the officer's. So each
     * counter lives in one document, and a person's change rewrites a few small documents (their citizenship's and the
     * totals', their figures' and officers') instead of a bucket that, with persons spread by id, held a copy of most
     * counters of the period (at 10,000 persons the EIL documents held 16 MB that way, 5.6 MB now). Readers add up
     * all the documents of a period, so which one holds a counter is the writer's business only; documents written
     * with the earlier spread by person (eight per period, the first of these) stay correct to add up.
     */
    public static final int EIL_BUCKETS = 16;
    /** More than {@link #EIL_BUCKETS}: a month's figure keys are many more than a period's citizenships. */
    public static final int OPS_BUCKETS = 64;
    /**
     * Operational counters (events, not persons), per month: {@code c.<figure key>} events, {@code s.} and {@code n.}
     * the sum and number of their day counts, {@code d.<figure key>|<days>} how many had that many days (for the
     * maximum); workload per {@code <unit>|<officer>}: {@code w.} acts, {@code wd.} decisions, {@code ws.} their
     * days, {@code wx.<unit>|<officer>|<days>}. A figure key is kind, detail, institution, unit, citizenship,
     * decision type and grounds ({@code +}-joined), each encoded, {@value #NONE} for none.
     */
    public static final String OPS_COUNT = "c";
    public static final String OPS_SUM = "s";
    public static final String OPS_WITH_DAYS = "n";
    public static final String OPS_DAYS = "d";
    public static final String WORK_ACTS = "w";
    public static final String WORK_DECISIONS = "wd";
    public static final String WORK_SUM = "ws";
    public static final String WORK_DAYS = "wx";
    public static final String NONE = "~";
    /** Codes encoded as field names so far ({@link #encode}), up to a bound. */
    private static final int ENCODED_LIMIT = 50_000;
    private static final Map<String, String> ENCODED = new java.util.concurrent.ConcurrentHashMap<>();

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

        /** The counter documents of this table for a period label ({@code 2026}, {@code 2026-Q1}, {@code 2026-03}). */
        public List<String> documentIds(String period) {
            List<String> ids = new ArrayList<>();
            for (int bucket = 0; bucket < EIL_BUCKETS; bucket++) {
                ids.add(code + ":" + period + "#" + bucket);
            }
            return ids;
        }

        /** The document of this table and period that holds the counters of {@code citizen}'s cells. */
        String documentId(String period, String citizen) {
            return code + ":" + period + "#" + bucketOf(citizen, EIL_BUCKETS);
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
    }

    /** What the operational figures and the workload need of one fact. */
    public record Act(String eventId, String month, List<FactKind> kinds, String detail, String institution, String unit,
                      String decisionType, List<String> grounds, Long days, String userId, String role) {

        static final Comparator<Act> ORDER = Comparator.comparing(Act::month).thenComparing(Act::eventId);

        static Act of(StatisticalFact fact) {
            return new Act(fact.eventId(), fact.month(), fact.kinds(), fact.detail(),
                    fact.institution() == null ? null : fact.institution().name(), fact.unit(),
                    fact.decisionType() == null ? null : fact.decisionType().name(),
                    fact.grounds() == null ? List.of() : fact.grounds().stream().map(Enum::name).toList(), fact.days(),
                    fact.userId(), fact.role() == null ? null : fact.role().name());
        }
    }

    /**
     * @param acts      the person's facts as the operational figures see them (every fact of the person, by event id)
     * @param countedAs the person's data the counters hold them with ({@link StatisticalProfile.Revision#demographics()}
     *                  of their profile when their last fact was folded in; null without a profile)
     */
    public record PersonRollup(@Id String personId, List<Marker> markers, List<ReturnReadiness.Step> irma, List<Act> acts,
                               StatisticalProfile.Revision countedAs) {

        /**
         * What the person adds to the counters, computed again rather than stored: it runs to hundreds of counters
         * (every cell and total of every table and period), which would make this document tens of kilobytes and a
         * batch's journal, which holds the batch's rollups, too large for one document.
         */
        public List<Count> counted() {
            return contribution(markers, irma, acts, countedAs);
        }
    }

    private final MongoTemplate mongo;
    private final BatchedMongo documents;
    private final StatisticsJournal journal;

    @Autowired
    public StatisticsRollups(MongoTemplate mongo) {
        this(mongo, StatisticsJournal.Steps.NONE);
    }

    /** With {@code steps} told of each step at a batch's end (tests stop there, as a crash would). */
    public StatisticsRollups(MongoTemplate mongo, StatisticsJournal.Steps steps) {
        this.mongo = mongo;
        // the projection's reads by id, the rollups' included, are loaded with one query per collection and batch
        this.documents = new BatchedMongo(mongo, StatisticsProjection::reads);
        this.journal = new StatisticsJournal(mongo, documents, steps);
        // a journal a crash left open is finished before anyone reads the counters, not only at the next batch
        journal.finishOpen();
    }

    /**
     * The write buffer of the statistics' per-person documents, with the current batch started (and a journal a
     * crash left open finished) first: call this before any read or write of a batch.
     */
    BatchedMongo documents() {
        journal.batch();
        return documents;
    }

    /**
     * Folds one fact of a person into their rollup and adds the change in what they contribute, with their current
     * profile, to the batch's counter changes. Outside a unit of work the fact is a batch of its own.
     */
    public void apply(StatisticalFact fact, StatisticalProfile profile) {
        if (!CurrentUnitOfWork.isStarted()) {
            DefaultUnitOfWork.startAndGet(null).execute(() -> apply(fact, profile));
            return;
        }
        StatisticsJournal.Batch batch = journal.batch();
        String personId = fact.personId();
        PersonRollup before = documents.findById(personId, PersonRollup.class, PERSONS);
        List<Marker> markers = withMarkers(before == null ? List.of() : before.markers(), fact);
        List<ReturnReadiness.Step> irma = withStep(before == null ? List.of() : before.irma(), fact);
        List<Act> acts = withAct(before == null ? List.of() : before.acts(), fact);
        StatisticalProfile.Revision countedAs = profile == null ? null : profile.current().demographics();
        PersonRollup after = new PersonRollup(personId, markers, irma, acts, countedAs);
        if (after.equals(before)) {
            return;
        }
        documents.save(after, PERSONS);
        batch.changed(after, change(before, after));
    }

    /** The event ids of every fact of the person, as their rollup lists them (in this batch's state). */
    List<String> eventIds(String personId) {
        PersonRollup rollup = documents().findById(personId, PersonRollup.class, PERSONS);
        return rollup == null ? List.of() : rollup.acts().stream().map(Act::eventId).toList();
    }

    void reset() {
        for (String collection : List.of(PERSONS, EIL, IRMA, OPS, StatisticsJournal.COLLECTION)) {
            mongo.dropCollection(collection);
        }
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

    static List<Act> withAct(List<Act> acts, StatisticalFact fact) {
        if (acts.stream().anyMatch(a -> a.eventId().equals(fact.eventId()))) {
            return acts;
        }
        List<Act> next = new ArrayList<>(acts);
        next.add(Act.of(fact));
        next.sort(Act.ORDER);
        return List.copyOf(next);
    }

    /** What the person adds to every counter, given their markers, readiness facts, acts and current profile. */
    static List<Count> contribution(List<Marker> markers, List<ReturnReadiness.Step> irma, List<Act> acts,
                                    StatisticalProfile profile) {
        return contribution(markers, irma, acts, profile == null ? null : profile.current());
    }

    /** What the person adds to every counter, counted as {@code person} (null: no profile, no EIL or IRMA counts). */
    static List<Count> contribution(List<Marker> markers, List<ReturnReadiness.Step> irma, List<Act> acts,
                                    StatisticalProfile.Revision person) {
        // in no order: the batch sums the changes by document and counter; a sorted map compared three strings a lookup
        Map<Count, Long> counts = new HashMap<>();
        String citizen = person == null ? EilCodes.UNKNOWN : EilCodes.citizen(person);
        for (Act act : acts) {
            operational(counts, act, citizen, 1);
        }
        if (person != null) {
            for (Marker marker : markers) {
                eil(counts, marker, person, 1);
            }
            irma(counts, irma, person, 1);
        }
        return finished(counts);
    }

    /**
     * What the person's change from {@code before} (null: not counted yet) to {@code after} changes in the counters:
     * {@code after}'s contribution minus {@code before}'s. A contribution is a sum of one part per act (figures,
     * workload) and per marker (EIL cells), each counted on its own, and the readiness stock of all the steps together;
     * so while the person is counted with the same data, only the acts and markers that came or went are counted, and
     * the stock only when the steps changed. Counting both contributions whole (hundreds of counters for most facts)
     * and subtracting them took a quarter of the statistics processor's time in a rebuild (JFR).
     */
    static List<Count> change(PersonRollup before, PersonRollup after) {
        if (before == null) {
            return after.counted();
        }
        StatisticalProfile.Revision person = after.countedAs();
        if (!Objects.equals(before.countedAs(), person)) {
            // a corrected citizenship or an erased birth date moves every counter of the person
            return difference(before.counted(), after.counted());
        }
        Map<Count, Long> counts = new HashMap<>();
        String citizen = person == null ? EilCodes.UNKNOWN : EilCodes.citizen(person);
        changed(before.acts(), after.acts(), (act, times) -> operational(counts, act, citizen, times));
        if (person != null) {
            changed(before.markers(), after.markers(), (marker, times) -> eil(counts, marker, person, times));
            if (!before.irma().equals(after.irma())) {
                irma(counts, before.irma(), person, -1);
                irma(counts, after.irma(), person, 1);
            }
        }
        return finished(counts);
    }

    /** Calls {@code count} with each element's times in {@code after} minus its times in {@code before}, where not 0. */
    private static <T> void changed(List<T> before, List<T> after, java.util.function.ObjIntConsumer<T> count) {
        if (before.equals(after)) {
            return;
        }
        Map<T, Integer> times = new HashMap<>();
        after.forEach(element -> times.merge(element, 1, Integer::sum));
        before.forEach(element -> times.merge(element, -1, Integer::sum));
        times.forEach((element, n) -> {
            if (n != 0) {
                count.accept(element, n);
            }
        });
    }

    /**
     * One marker's EIL counters, {@code times} over: its cells in each table of its kind and period, or the person
     * left out.
     */
    private static void eil(Map<Count, Long> counts, Marker marker, StatisticalProfile.Revision person, int times) {
        boolean outside = EilCodes.outsideEil(person);
        for (Table table : Table.values()) {
            if (!table.reference.name().equals(marker.kind())) {
                continue;
            }
            // the persons left out, and the UAM counts, with the totals of all citizenships
            String totals = table.documentId(marker.period(), EilCodes.TOTAL);
            if (outside) {
                add(counts, EIL, totals, EXCLUDED, times);
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
                add(counts, EIL, table.documentId(marker.period(), key.get(0)), cellField(key), times);
            }
            add(counts, EIL, totals, UAM + "." + encode(EilCodes.uam(age, marker.unaccompaniedMinor())), times);
        }
    }

    /** The month-end stock of persons ready for return, as changes per month, from all the person's steps. */
    private static void irma(Map<Count, Long> counts, List<ReturnReadiness.Step> irma, StatisticalProfile.Revision person,
                             int sign) {
        if (irma.isEmpty() || EilCodes.outsideEil(person)) {
            return;
        }
        String citizen = CITIZENS + "." + encode(EilCodes.citizen(person));
        boolean ready = false;
        for (String month : new TreeSet<>(irma.stream().map(s -> s.day().substring(0, 7)).toList())) {
            boolean now = ReturnReadiness.readyAt(irma, YearMonth.parse(month).atEndOfMonth());
            if (now != ready) {
                add(counts, IRMA, month, PERSONS_FIELD, now ? sign : -sign);
                add(counts, IRMA, month, citizen, now ? sign : -sign);
                ready = now;
            }
        }
    }

    private static List<Count> finished(Map<Count, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> new Count(e.getKey().in(), e.getKey().doc(), e.getKey().field(), e.getValue())).toList();
    }

    /**
     * One act's events ({@code times} over) by figure and month, with the person's current citizenship (amendments correct earlier facts
     * too), and the act for its officer; PERSON_REGISTERED is no figure, and the register's own acts are no officer's
     * workload.
     */
    private static void operational(Map<Count, Long> counts, Act act, String citizen, int times) {
        for (FactKind kind : act.kinds()) {
            if (kind == FactKind.PERSON_REGISTERED) {
                continue;
            }
            String key = String.join("|", encodeOrNone(kind.name()), encodeOrNone(act.detail()),
                    encodeOrNone(act.institution()), encodeOrNone(act.unit()), encodeOrNone(citizen),
                    encodeOrNone(act.decisionType()),
                    String.join("+", act.grounds().stream().map(StatisticsRollups::encode).toList()));
            String doc = act.month() + "#" + bucketOf(key, OPS_BUCKETS);
            add(counts, OPS, doc, OPS_COUNT + "." + key, times);
            if (act.days() != null) {
                add(counts, OPS, doc, OPS_SUM + "." + key, times * act.days());
                add(counts, OPS, doc, OPS_WITH_DAYS + "." + key, times);
                add(counts, OPS, doc, OPS_DAYS + "." + key + "|" + act.days(), times);
            }
        }
        if (!"SYSTEM".equals(act.role())) {
            String officer = encodeOrNone(act.unit()) + "|" + encodeOrNone(act.userId());
            String doc = act.month() + "#" + bucketOf(officer, OPS_BUCKETS);
            add(counts, OPS, doc, WORK_ACTS + "." + officer, times);
            if (act.kinds().contains(FactKind.DECISION_ISSUED)) {
                add(counts, OPS, doc, WORK_DECISIONS + "." + officer, times);
                if (act.days() != null) {
                    add(counts, OPS, doc, WORK_SUM + "." + officer, times * act.days());
                    add(counts, OPS, doc, WORK_DAYS + "." + officer + "|" + act.days(), times);
                }
            }
        }
    }

    /**
     * Which of a period's documents holds the counters of {@code key} (String's hash is fixed by the JLS); no code
     * counts as {@link EilCodes#UNKNOWN}, as {@link #encode} writes it.
     */
    static int bucketOf(String key, int buckets) {
        return Math.floorMod(Objects.requireNonNullElse(key, EilCodes.UNKNOWN).hashCode(), buckets);
    }

    /** Like {@link #encode}, with {@value #NONE} for no value (encode never writes a bare '~'). */
    public static String encodeOrNone(String code) {
        return code == null ? NONE : encode(code);
    }

    /** The value of an {@link #encodeOrNone} code. */
    public static String decodeOrNone(String field) {
        return NONE.equals(field) ? null : decode(field);
    }

    /** desired minus counted, counter by counter (one count per counter: the amounts are summed by counter). */
    static List<Count> difference(List<Count> counted, List<Count> desired) {
        Map<Count, Long> diff = new HashMap<>();
        desired.forEach(c -> add(diff, c.in(), c.doc(), c.field(), c.n()));
        counted.forEach(c -> add(diff, c.in(), c.doc(), c.field(), -c.n()));
        return finished(diff);
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

    /**
     * Codes become field names: anything but letters, digits, '_' and '-' is written %XX (no '.', no '$'). The
     * codes are few (code lists, units, officers) and each fact's counters encode them again and again, so the
     * encodings are remembered, up to {@value #ENCODED_LIMIT}.
     */
    public static String encode(String code) {
        String value = Objects.requireNonNullElse(code, EilCodes.UNKNOWN);
        String known = ENCODED.get(value);
        if (known != null) {
            return known;
        }
        String encoded = encodeNow(value);
        if (ENCODED.size() < ENCODED_LIMIT) {
            ENCODED.put(value, encoded);
        }
        return encoded;
    }

    private static String encodeNow(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    public static String decode(String field) {
        if (field.indexOf('%') < 0) {
            // most codes need no escape (code lists, unit and officer ids); tables decode thousands a request
            return field;
        }
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
