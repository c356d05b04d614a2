package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;
import lv.pmlp.iaiar.events.returncase.DecisionType;
import lv.pmlp.iaiar.events.returncase.ReturnGround;
import lv.pmlp.iaiar.projections.statistics.FactKind;
import lv.pmlp.iaiar.projections.statistics.StatisticalFact;
import lv.pmlp.iaiar.projections.statistics.StatisticalProfile;
import lv.pmlp.iaiar.projections.ReadModels;
import lv.pmlp.iaiar.projections.statistics.StatisticsJournal;
import lv.pmlp.iaiar.projections.statistics.StatisticsRollups;

/**
 * Latency of the statistics endpoints on the sizing estimate's largest data set (domain.md §4.4: about 2 000 return
 * decisions a year, 15 years): 30 000 persons and 270 000 facts written straight into the read model, and fed to the
 * rollups as the projection feeds them: in the order of the log (by day, persons interleaved), in batches of
 * {@code register.projections.batch-size} facts, each ended by the statistics journal. Prints the write side (facts
 * per second, where a batch's time goes, the journal's size), what a table reads, and each endpoint's latency.
 * {@code -Dstatistics.benchmark.persons-per-year=...} scales it. Run alone, as it fills the shared store:
 * {@code -Dtest=StatisticsLatencyBenchmark -Dstatistics.benchmark=true}.
 */
@RegisterApiTest
@EnabledIfSystemProperty(named = "statistics.benchmark", matches = "true")
class StatisticsLatencyBenchmark {

    private static final int PERSONS_PER_YEAR = Integer.getInteger("statistics.benchmark.persons-per-year", 2000);
    private static final String[] CITIZENS = {"RU", "UA", "BY", "GE", "UZ", "TJ", "IN", "VN", "TR", "AF", "IQ", "SY", "CN", "KG"};
    private static final String[] KINDS_AFTER = {"DECISION_SERVED", "RETURNED", "BAN_IMPOSED", "BAN_ACTIVATED",
            "DETENTION_STARTED", "DETENTION_ENDED", "APPEAL_LODGED", "APPEAL_DECIDED"};

    @Autowired
    RegisterClient api;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventProcessingConfiguration processing;
    @Value("${register.projections.batch-size}")
    int batchSize;

    @Test
    void tablesAnswerWellUnderASecondOnFifteenYearsOfData() {
        Random random = new Random(7);
        List<StatisticalProfile> profiles = new ArrayList<>();
        List<StatisticalFact> facts = new ArrayList<>();
        int persons = 0;
        for (int year = 2040; year < 2055; year++) {
            for (int i = 0; i < PERSONS_PER_YEAR; i++) {
                String personId = "bench-" + persons++;
                String citizen = CITIZENS[random.nextInt(CITIZENS.length)];
                profiles.add(new StatisticalProfile(personId, List.of(new StatisticalProfile.Revision("r-" + personId,
                        Instant.parse("2030-01-01T00:00:00Z"), LocalDate.of(1960 + random.nextInt(50), 1 + random.nextInt(12), 1),
                        random.nextBoolean() ? Sex.MALE : Sex.FEMALE, List.of(citizen), false,
                        SubjectCategory.THIRD_COUNTRY_NATIONAL))));
                LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(330));
                Institution institution = random.nextInt(6) == 0 ? Institution.PMLP : Institution.VRS;
                String unit = institution + "-UNIT-" + random.nextInt(8);
                facts.add(fact(personId, "DECISION_ISSUED", day, institution, unit, citizen, random));
                for (String kind : KINDS_AFTER) {
                    facts.add(fact(personId, kind, day.plusDays(1 + random.nextInt(30)), institution, unit, citizen, random));
                }
            }
        }
        mongo.insert(profiles, StatisticalProfile.COLLECTION);
        for (int from = 0; from < facts.size(); from += 10_000) {
            mongo.insert(facts.subList(from, Math.min(facts.size(), from + 10_000)), StatisticalFact.COLLECTION);
        }
        // the log's order: a batch holds facts of many persons, as in a rebuild
        facts.sort(Comparator.comparing(StatisticalFact::day).thenComparing(StatisticalFact::eventId));
        Map<String, StatisticalProfile> byPerson = new HashMap<>();
        profiles.forEach(p -> byPerson.put(p.personId(), p));
        // the processor is the journal's only writer; it has nothing to do here, and is kept from starting a batch
        StreamingEventProcessor processor = processing.eventProcessor(ReadModels.STATISTICS, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        StepClock clock = new StepClock();
        StatisticsRollups rollups = new StatisticsRollups(mongo, clock);
        long feeding = System.nanoTime();
        for (int from = 0; from < facts.size(); from += batchSize) {
            List<StatisticalFact> batch = facts.subList(from, Math.min(facts.size(), from + batchSize));
            clock.start(from / batchSize);
            DefaultUnitOfWork.startAndGet(null).execute(() -> batch.forEach(f -> rollups.apply(f, byPerson.get(f.personId()))));
        }
        double seconds = (System.nanoTime() - feeding) / 1e9;
        processor.start();
        System.out.printf("BENCHMARK %-45s %d facts in %.0f s, %.0f facts/s, %.2f ms a fact%n", "rollups fed in batches of "
                + batchSize, facts.size(), seconds, facts.size() / seconds, seconds * 1000 / facts.size());
        clock.print();
        for (String collection : List.of(StatisticsRollups.EIL, StatisticsRollups.IRMA, StatisticsRollups.OPS,
                StatisticsRollups.PERSONS)) {
            long count = 0;
            long bytes = 0;
            long largest = 0;
            for (RawBsonDocument document : mongo.getCollection(collection).withDocumentClass(RawBsonDocument.class).find().batchSize(500)) {
                count++;
                bytes += document.getByteBuffer().remaining();
                largest = Math.max(largest, document.getByteBuffer().remaining());
            }
            System.out.printf("BENCHMARK %-45s %d documents, %d KB, mean %d B, largest %d B%n", collection, count, bytes / 1024,
                    count == 0 ? 0 : bytes / count, largest);
        }
        bucketOverlap(StatisticsRollups.EIL);
        bucketOverlap(StatisticsRollups.OPS);
        System.gc();

        measure("EIL quarter migr_eiord1", () -> api.get("analyst", "/api/v1/statistics/eurostat/migr_eiord1?period=2050-Q2").status());
        measure("EIL year migr_eirtn", () -> api.get("analyst", "/api/v1/statistics/eurostat/migr_eirtn?period=2050").status());
        measure("EIL quarter, all 5 tables", () -> api.get("analyst", "/api/v1/statistics/eurostat?period=2050-Q2").status());
        measure("EIL CSV year", () -> api.getText("analyst", "/api/v1/statistics/eurostat/migr_eiord?period=2050&format=csv").status());
        measure("operational year by month, institution", () -> api.get("analyst",
                "/api/v1/statistics/operational?period=2050&interval=MONTH&by=INSTITUTION").status());
        measure("operational year by unit, citizenship, ground", () -> api.get("analyst",
                "/api/v1/statistics/operational?period=2050&interval=YEAR&by=UNIT,CITIZENSHIP,GROUND").status());
        measure("workload year", () -> api.get("analyst", "/api/v1/statistics/workload?period=2050").status());
        measure("plan vs actual year", () -> api.get("analyst", "/api/v1/statistics/plan-vs-actual?year=2050").status());
        measure("IRMA stock (folds 15 years)", () -> api.get("analyst", "/api/v1/statistics/irma/ready-for-return?month=2054-12").status());
        measure("IRMA returned (4a) month", () -> api.get("analyst", "/api/v1/statistics/irma/returned?month=2050-06").status());
        measure("chart decisions per month svg", () -> api.getText("analyst", "/api/v1/statistics/charts/decisions-per-month.svg?year=2050").status());
        measure("chart returns by citizenship png", () -> api.getText("analyst", "/api/v1/statistics/charts/returns-by-citizenship.png?period=2050").status());
        // not from the counters: a scan of the period's facts and a read of their persons' profiles
        measure("EIL quarter migr_eiord1 as known at", () -> api.get("analyst",
                "/api/v1/statistics/eurostat/migr_eiord1?period=2050-Q2&asKnownAt=2099-01-01T00:00:00Z").status());
    }

    /** Where a batch's end spends its time, step by step, and how large the journal gets. */
    private final class StepClock implements StatisticsJournal.Steps {

        private final Map<StatisticsJournal.Step, Long> nanos = new java.util.EnumMap<>(StatisticsJournal.Step.class);
        private long last;
        private long batches;
        private long journalBytes;
        private long largestJournal;
        private long sampled;

        void start(long batch) {
            batches = batch + 1;
            last = System.nanoTime();
        }

        @Override
        public void after(StatisticsJournal.Step step, String collection) {
            long now = System.nanoTime();
            nanos.merge(step, now - last, Long::sum);
            if (step == StatisticsJournal.Step.OPENED && batches % 20 == 1) {
                RawBsonDocument journal = mongo.getCollection(StatisticsJournal.COLLECTION).withDocumentClass(RawBsonDocument.class).find().first();
                long size = journal == null ? 0 : journal.getByteBuffer().remaining();
                journalBytes += size;
                largestJournal = Math.max(largestJournal, size);
                sampled++;
            }
            last = System.nanoTime();
        }

        void print() {
            nanos.forEach((step, n) -> System.out.printf("BENCHMARK   %-43s %.2f ms a batch%n",
                    step == StatisticsJournal.Step.OPENED ? "handling the facts, then OPENED" : "then " + step, n / 1e6 / batches));
            System.out.printf("BENCHMARK   %-43s mean %d KB, largest %d KB (every 20th batch)%n", "journal document",
                    sampled == 0 ? 0 : journalBytes / sampled / 1024, largestJournal / 1024);
        }
    }

    /** How many counters a period's documents hold in all, against how many different ones: what the buckets cost a read. */
    private void bucketOverlap(String collection) {
        long counters = 0;
        Map<String, java.util.Set<String>> distinct = new HashMap<>();
        for (org.bson.Document document : mongo.getCollection(collection).find().batchSize(500)) {
            String id = document.getString("_id");
            java.util.Set<String> names = distinct.computeIfAbsent(id.substring(0, id.indexOf('#')), k -> new java.util.HashSet<>());
            for (Map.Entry<String, Object> field : document.entrySet()) {
                if (field.getValue() instanceof org.bson.Document nested) {
                    counters += nested.size();
                    nested.keySet().forEach(name -> names.add(field.getKey() + "." + name));
                }
            }
        }
        long different = distinct.values().stream().mapToLong(java.util.Set::size).sum();
        System.out.printf("BENCHMARK %-45s %d counters in its documents, %d different per period (%.1f times)%n",
                collection + " buckets", counters, different, (double) counters / Math.max(1, different));
    }

    /** Ten calls after a warm-up: the best and the median, as the machine is shared. */
    private static void measure(String what, Supplier<Integer> call) {
        assertThat(call.get()).isEqualTo(200);
        List<Long> took = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            assertThat(call.get()).isEqualTo(200);
            took.add((System.nanoTime() - start) / 1_000_000);
        }
        took.sort(Comparator.naturalOrder());
        System.out.printf("BENCHMARK %-45s best %5d ms, median %5d ms%n", what, took.get(0), (took.get(4) + took.get(5)) / 2);
    }

    private static StatisticalFact fact(String personId, String kind, LocalDate day, Institution institution, String unit,
                                        String citizen, Random random) {
        String id = personId + "-" + kind;
        boolean returned = kind.equals("RETURNED");
        return new StatisticalFact(id, kind, List.of(FactKind.valueOf(kind)), personId, "case-" + personId, "decision-" + personId,
                day.toString(), StatisticalFact.monthOf(day), StatisticalFact.quarterOf(day), String.valueOf(day.getYear()),
                Instant.parse("2030-01-01T00:00:00Z"), institution, unit, "officer-" + random.nextInt(40), Role.OFFICER, citizen,
                random.nextInt(10) == 0 ? DecisionType.FORCED_EXPULSION_DECISION : DecisionType.DEPARTURE_ORDER,
                List.of(ReturnGround.values()[random.nextInt(3)]), returned ? (random.nextBoolean() ? "VOLUNT" : "ENFORCE") : null,
                returned ? citizen : null, returned ? (random.nextBoolean() ? "VOLUNT" : "ENFORCE") : null,
                returned ? "N_ASSIST" : null, kind.equals("DETENTION_ENDED") || kind.equals("DECISION_ISSUED")
                ? (long) random.nextInt(60) : null, null);
    }
}
