package lv.pmlp.iaiar.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;


import javax.sql.DataSource;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import lv.pmlp.iaiar.api.IaiarApplication;
import lv.pmlp.iaiar.api.admin.ProjectionRebuilds;
import lv.pmlp.iaiar.api.admin.RebuildStatus;
import lv.pmlp.iaiar.api.synthetic.Scenario;
import lv.pmlp.iaiar.api.synthetic.SyntheticDataLoader;
import lv.pmlp.iaiar.api.synthetic.SyntheticRegister;
import lv.pmlp.iaiar.api.web.CaseNumbers;
import lv.pmlp.iaiar.command.person.RegisterForeignerCommand;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.events.person.PersonName;
import lv.pmlp.iaiar.projections.casefile.CaseFileCollection;
import lv.pmlp.iaiar.projections.search.PersonSearchIndex;
import lv.pmlp.iaiar.query.bans.DirectBorderCheck;
import lv.pmlp.iaiar.query.search.DirectSearch;

/**
 * Starts the register on its embedded default in this JVM (PostgreSQL, mongo-java-server, Elasticsearch as a
 * child process, all under a temporary directory), fills it with the shared synthetic population, measures
 * each figure beside the limit of the layer underneath it, and writes the table to BENCHMARKS.md.
 * Settings are system properties ({@code bench.*}, see benchmarks/pom.xml). The load driver shares the machine
 * with the register, as a client on the same host would.
 */
public final class Benchmarks {

    private static final long SEED = 20_261_123L;
    /** Enough distinct names and documents to keep caches honest without holding the population in memory. */
    private static final int SAMPLES = 2_000;
    private static final int READ_CLIENTS = 4;
    /** Rows held in memory for the raw append, inserted again pass after pass: few enough for the 1 GB heap at 1 M. */
    private static final int RAW_APPEND_ROWS = 10_000;
    private static final int RAW_APPEND_PASSES = 25;
    private static final int RAW_APPEND_BATCH = 500;
    private static final int STORE_SAMPLE_DOCUMENTS = 500;
    private static final int STORE_BULK = 500;
    private static final int STORE_IDS = 20_000;
    private static final String STORE_SCRATCH = "bench_bulk_write";

    /** In the order run. */
    private static final List<String> PHASES = List.of("seed", "catch-up", "raw-append", "commands", "catch-up-commands",
            "search", "border-check", "store-bulk-write", "rebuild", "catch-up-rebuild", "statistics");

    private final int persons = Integer.getInteger("bench.persons", 100_000);
    private final Duration phase = Duration.ofSeconds(Integer.getInteger("bench.seconds", 60));
    private final int clients = Integer.getInteger("bench.clients", 16);
    private final Duration warmUp = Duration.ofSeconds(Math.min(10, Math.max(2, phase.toSeconds() / 6)));
    private final Report report = new Report();
    private final Phases phases = new Phases(report, Boolean.getBoolean("bench.jfr"),
            Path.of(System.getProperty("bench.jfr-dir", "benchmarks/target/jfr")),
            PHASES, System.getProperty("bench.phases", ""));
    private double rawAppend;
    private double storeBulkWrite;
    private final AtomicLong peakHeap = new AtomicLong();

    private ConfigurableApplicationContext app;
    private Http http;
    private final List<String> names = new ArrayList<>();
    private final List<String> documents = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int status = 0;
        try {
            new Benchmarks().run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        // Elasticsearch and PostgreSQL are stopped by the context's close and the shutdown hooks
        System.exit(status);
    }

    private void run() throws Exception {
        String machine = Report.machine();
        startHeapSampler();
        Path data = Files.createTempDirectory("iaiar-bench-");
        IaiarApplication.configureProcess();
        TokenIssuer tokens = new TokenIssuer();
        Instant started = Instant.now();
        // as arguments, not builder properties: those are defaults, and application.yml would win over them
        app = new SpringApplicationBuilder(IaiarApplication.class).run(
                "--server.port=0",
                "--register.data-directory=" + data,
                "--register.embedded-elasticsearch.home=" + System.getProperty("bench.elasticsearch-home",
                        "api/target/elasticsearch/elasticsearch-8.19.21"),
                // the timer's commands would add unmeasured load at random moments
                "--register.deadlines.initial-delay=PT24H",
                "--register.deadlines.poll-interval=PT24H",
                // production authentication: bearer JWTs checked against the issuer's published key
                "--register.security.development-users=false",
                "--register.security.jwt.enabled=true",
                "--register.security.jwt.issuer=" + TokenIssuer.ISSUER,
                "--register.security.jwt.jwk-set-uri=" + tokens.jwkSetUri(),
                "--logging.level.root=WARN",
                "--logging.level.lv.pmlp.iaiar=WARN");
        try {
            http = new Http(((WebServerApplicationContext) app).getWebServer().getPort(), tokens);
            System.out.printf("BENCHMARK register started in %d s, data under %s%n",
                    Duration.between(started, Instant.now()).toSeconds(), data);
            phases.run("seed", this::seed);
            phases.run("catch-up", this::catchUp);
            phases.run("raw-append", this::rawAppendRate);
            phases.run("commands", this::commands);
            // each read phase starts on read models that hold every event so far, as the target figures assume
            phases.run("catch-up-commands", this::awaitProjections);
            phases.run("search", this::search);
            phases.run("border-check", this::borderCheck);
            phases.run("store-bulk-write", this::storeBulkWriteRate);
            phases.run("rebuild", this::rebuild);
            phases.run("catch-up-rebuild", this::awaitProjections);
            phases.run("statistics", this::statistics);
            basicAuthCost();
            heap();
        } finally {
            write(machine);
            app.close();
            tokens.close();
            deleteQuietly(data);
        }
    }

    /** A full-size run leaves gigabytes behind; the figures are in BENCHMARKS.md, the data is not needed. */
    private static void deleteQuietly(Path directory) {
        try (java.util.stream.Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | RuntimeException e) {
            System.out.println("BENCHMARK could not delete " + directory + ": " + e);
        }
    }

    // ---- seeding --------------------------------------------------------------------------------------------

    /**
     * The population goes through the command gateway (every command meets the aggregates' rules, the events are
     * exactly those of live use) while the read-model processors are paused; they then catch up on the whole log
     * in batches, as after a rebuild. On two cores the live projections would otherwise take most of the CPU the
     * commands need, and seeding a 100 k population would take hours. The erasure processor keeps running.
     */
    private void seed() throws InterruptedException {
        ProjectionRebuilds projections = app.getBean(ProjectionRebuilds.class);
        EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
        for (String projection : projections.projections()) {
            processing.eventProcessor(projection, StreamingEventProcessor.class).ifPresent(StreamingEventProcessor::shutDown);
        }
        Instant now = app.getBean(Clock.class).instant();
        SyntheticRegister register = new SyntheticRegister(SEED, BusinessCalendar.dayOf(now).minusYears(5), now,
                app.getBean(CaseNumbers.class).taken());
        int every = Math.max(1, persons / SAMPLES);
        SyntheticDataLoader.Summary loaded = app.getBean(SyntheticDataLoader.class).load(SEED, register.scenarios(persons)
                .peek(s -> {
                    if (s.index() % every == 0) {
                        sample(s);
                    }
                }));
        report.add(new Report.Row("0", "seed " + Report.num(persons) + " synthetic persons through the command gateway",
                Report.num(loaded.commandsPerSecond()) + " commands/s", Report.num(loaded.personsPerSecond()) + " persons/s",
                "–", "(context)", null));
        if (loaded.failedPersons() > 0) {
            report.note(loaded.failedPersons() + " synthetic persons were refused: " + loaded.failures());
        }
    }

    /** The paused processors start again and catch up on the whole seeded log in batches, as after a rebuild. */
    private void catchUp() throws InterruptedException {
        ProjectionRebuilds projections = app.getBean(ProjectionRebuilds.class);
        EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
        long events = head(app.getBean(EventStore.class));
        long started = System.nanoTime();
        for (String projection : projections.projections()) {
            processing.eventProcessor(projection, StreamingEventProcessor.class).ifPresent(StreamingEventProcessor::start);
        }
        awaitProjections();
        double catchUp = events / ((System.nanoTime() - started) / 1e9);
        report.add(new Report.Row("0", "all projections catch up on the seeded log (" + Report.num(events) + " events)",
                Report.num(catchUp) + " events/s", "–", "–", "(context)", null));
    }

    /** Search terms in several scripts, with typos, and document numbers for the border check. */
    private void sample(Scenario scenario) {
        scenario.commands().stream().filter(RegisterForeignerCommand.class::isInstance).map(RegisterForeignerCommand.class::cast)
                .findFirst().ifPresent(registered -> {
                    PersonName latin = registered.names().latin();
                    PersonName original = registered.names().original();
                    PersonName latvian = registered.names().latvian();
                    switch (scenario.index() % 4) {
                        case 0 -> names.add(original != null ? full(original) : full(latin));
                        case 1 -> names.add(typo(latin.surname()));
                        case 2 -> names.add(latvian != null ? latvian.surname() : latin.surname());
                        default -> names.add(typo(full(latin)));
                    }
                    if (!registered.documents().isEmpty()) {
                        documents.add(registered.documents().get(0).number());
                    }
                });
    }

    private static String full(PersonName name) {
        return name.givenNames() == null ? name.surname() : name.surname() + " " + name.givenNames();
    }

    /** Two neighbouring letters swapped in the middle of the first word: one edit, as a hurried officer types. */
    private static String typo(String text) {
        int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
        if (end < 5) {
            return text;
        }
        int at = end / 2;
        return text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
    }

    /** Until every projection has handled every event in the log (a generous limit: about 300 events/s on H2). */
    private void awaitProjections() throws InterruptedException {
        Duration limit = Duration.ofMinutes(30 + persons / 2_000);
        ProjectionRebuilds projections = app.getBean(ProjectionRebuilds.class);
        long deadline = System.nanoTime() + limit.toNanos();
        while (!projections.positions().stream().allMatch(RebuildStatus.ProjectionProgress::caughtUp)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("read models did not catch up within " + limit + ": " + projections.positions());
            }
            Thread.sleep(200);
        }
    }

    // ---- 1: commands ------------------------------------------------------------------------------------------

    /**
     * The baseline for commands: the store's own rows (already serialised), inserted again with JDBC batches into
     * a table of the same shape, indexes and constraints (not the store itself: its rows are append-only and
     * their ids unique). One writer, one transaction per batch.
     */
    private void rawAppendRate() throws Exception {
        DataSource dataSource = app.getBean(DataSource.class);
        String columns = "global_index, event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp, "
                + "aggregate_identifier, sequence_number, type";
        List<Object[]> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS bench_append");
                statement.execute("CREATE TABLE bench_append (LIKE domain_event_entry INCLUDING INDEXES INCLUDING CONSTRAINTS)");
                statement.setMaxRows(RAW_APPEND_ROWS);
                try (ResultSet result = statement.executeQuery("SELECT " + columns + " FROM domain_event_entry ORDER BY global_index")) {
                    while (result.next()) {
                        Object[] row = new Object[10];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = result.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
            }
            connection.setAutoCommit(false);
            long appended = 0;
            long nanos = 0;
            for (int pass = 0; pass < RAW_APPEND_PASSES && nanos < phase.toNanos() / 2; pass++) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("TRUNCATE bench_append");
                    connection.commit();
                }
                long start = System.nanoTime();
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_append (" + columns
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < rows.size(); i++) {
                        Object[] row = rows.get(i);
                        for (int c = 0; c < row.length; c++) {
                            insert.setObject(c + 1, row[c]);
                        }
                        insert.addBatch();
                        if ((i + 1) % RAW_APPEND_BATCH == 0 || i == rows.size() - 1) {
                            insert.executeBatch();
                            connection.commit();
                        }
                    }
                }
                nanos += System.nanoTime() - start;
                appended += rows.size();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE bench_append");
                connection.commit();
            }
            int distinct = rows.size();
            rows.clear();
            rawAppend = appended / (nanos / 1e9);
            report.note("Raw append: " + Report.num(appended) + " rows (" + Report.num(distinct) + " of the store's own, "
                    + "repeated) in JDBC batches of " + RAW_APPEND_BATCH + ", one writer, a commit per batch.");
        }
    }

    /**
     * Closed loop: each client registers a person, opens a case, detains the person, issues a departure order and
     * imposes an entry ban on it, as a VRS officer over HTTP; five commands per round.
     */
    private void commands() throws Exception {
        EventStore store = app.getBean(EventStore.class);
        long before = head(store);
        String today = LocalDate.now(BusinessCalendar.ZONE).toString();
        ClosedLoop.Result result = ClosedLoop.run(clients, warmUp, phase, (client, round, latencies) -> {
            String suffix = client + "x" + round;
            Map<String, Object> person = Map.of(
                    "names", Map.of("latin", Map.of("surname", "BENCHMARK" + letters(client * 1_000_003L + round), "givenNames", "LOAD")),
                    "dateOfBirth", "1990-04-12", "sex", "MALE", "citizenships", List.of("UZ"),
                    "documents", List.of(Map.of("type", "PASSPORT", "number", "BM" + suffix, "issuingCountry", "UZB")));
            String personId = http.post("vrs.officer", "/persons", person, 201, latencies).get("id").asText();
            String caseId = http.post("vrs.officer", "/return-cases", Map.of("personId", personId,
                    "grounds", List.of("VISA_OVERSTAY"), "detectedOn", today, "legalBasis", "Imigrācijas likums, 41. pants"),
                    201, latencies).get("id").asText();
            http.post("vrs.officer", "/persons/" + personId + "/detentions", Map.of(
                    "detainedAt", Instant.now().minusSeconds(60).toString(),
                    "authorisedUntil", LocalDate.now(BusinessCalendar.ZONE).plusDays(30).toString(), "returnCaseId", caseId,
                    "legalBasis", "Imigrācijas likums, 51. pants", "place", "Daugavpils"), 201, latencies);
            String decisionId = http.post("vrs.officer", "/return-cases/" + caseId + "/departure-orders", Map.of(
                    "issuedOn", today, "voluntaryDepartureDays", 7, "legalBasis", "Imigrācijas likums, 41. pants"),
                    201, latencies).get("id").asText();
            http.post("vrs.officer", "/return-cases/" + caseId + "/decisions/" + decisionId + "/entry-ban", Map.of(
                    "duration", "P1Y", "legalBasis", "Imigrācijas likums, 47. pants"), 201, latencies);
            return 5;
        });
        long events = head(store) - before;
        double eventRate = events / ((result.elapsed().plus(warmUp)).toNanos() / 1e9);
        String loop = clients + " clients, closed loop, " + phase.toSeconds() + " s";
        report.add(new Report.Row("1", "REST commands (register, open case, detain, decision, ban), " + loop,
                Report.num(result.perSecond()) + " commands/s", "–", "–", "≥ 1,500/s", result.perSecond() >= 1_500));
        report.add(new Report.Row("1", "REST command latency p50 / p99", Report.ms(result.millis(50)) + " / " + Report.ms(result.millis(99)),
                "–", "–", "p99 < 50 ms", result.millis(99) < 50));
        // without the raw-append phase (bench.phases) there is no limit to stand beside, so no verdict either
        boolean raw = rawAppend > 0;
        report.add(new Report.Row("1", "events appended through the API vs raw JDBC batched append",
                Report.num(eventRate) + " events/s", raw ? Report.num(rawAppend) + " events/s" : "not measured",
                Report.ratio(eventRate, rawAppend), "≥ 0.5 of raw", raw ? eventRate >= rawAppend / 2 : null));
        errors("commands", result);
    }

    private static String letters(long value) {
        StringBuilder text = new StringBuilder();
        long rest = value;
        do {
            text.append((char) ('A' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return text.toString();
    }

    private static long head(EventStore store) {
        TrackingToken head = store.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    // ---- 3: search, 4: border check ---------------------------------------------------------------------------

    private void search() throws Exception {
        DirectSearch direct = new DirectSearch(app.getBean(ElasticsearchClient.class), app.getBean(PersonSearchIndex.class));
        ClosedLoop.Result api = ClosedLoop.run(READ_CLIENTS, warmUp, phase, (client, i, latencies) -> {
            http.get("auditor", "/persons/search?name=" + Http.query(pick(names, client, i)), latencies);
            return 1;
        });
        ClosedLoop.Result es = ClosedLoop.run(READ_CLIENTS, warmUp, phase, (client, i, latencies) -> {
            long started = System.nanoTime();
            direct.search(pick(names, client, i));
            ClosedLoop.time(latencies, started);
            return 1;
        });
        String loop = READ_CLIENTS + " clients, " + names.size() + " names (several scripts, typos)";
        report.add(new Report.Row("3", "person search via REST p50 / p95 / p99, " + loop, percentiles(api, 50, 95, 99),
                percentiles(es, 50, 95, 99) + " direct ES", Report.ratio(api.millis(95), es.millis(95)) + " (p95)",
                "p95 < 30 ms, ≤ 3× ES", api.millis(95) < 30 && api.millis(95) <= 3 * es.millis(95)));
        report.add(new Report.Row("3", "person search throughput (REST / direct ES)", Report.num(api.perSecond()) + " /s",
                Report.num(es.perSecond()) + " /s", Report.ratio(api.perSecond(), es.perSecond()), "(context)", null));
        errors("search via REST", api);
        errors("search direct", es);
    }

    private void borderCheck() throws Exception {
        DirectBorderCheck direct = new DirectBorderCheck(app.getBean(MongoTemplate.class));
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        ClosedLoop.Result api = ClosedLoop.run(READ_CLIENTS, warmUp, phase, (client, i, latencies) -> {
            http.get("vrs.officer", "/entry-bans/check?documentNumber=" + Http.query(pick(documents, client, i)), latencies);
            return 1;
        });
        ClosedLoop.Result mongo = ClosedLoop.run(READ_CLIENTS, warmUp, phase, (client, i, latencies) -> {
            long started = System.nanoTime();
            if (direct.check(pick(documents, client, i), today) == 0) {
                throw new IllegalStateException("a generated document number was not found");
            }
            ClosedLoop.time(latencies, started);
            return 1;
        });
        report.add(new Report.Row("4", "border check via REST p50 / p99, " + READ_CLIENTS + " clients, by document number",
                percentiles(api, 50, 99), percentiles(mongo, 50, 99) + " direct MongoDB", Report.ratio(api.millis(99), mongo.millis(99)) + " (p99)",
                "p99 < 10 ms", api.millis(99) < 10));
        errors("border check via REST", api);
        errors("border check direct", mongo);
    }

    private static String pick(List<String> values, int client, long i) {
        // clients walk the list from different places, so they do not ask the same thing at the same moment
        return values.get((int) ((i * 7 + client * 131L) % values.size()));
    }

    private static String percentiles(ClosedLoop.Result result, double... percentiles) {
        List<String> values = new ArrayList<>();
        for (double p : percentiles) {
            values.add(String.format(java.util.Locale.ROOT, "%.1f", result.millis(p)));
        }
        return String.join(" / ", values) + " ms";
    }

    // ---- 2: the read-model store's own write ceiling ----------------------------------------------------------

    /**
     * What the read-model store itself takes: unordered bulks of whole-document upserts by id, as the projections'
     * batches write them ({@code BatchedMongo}), of documents shaped like the register's case files (copies of real
     * ones) into a scratch collection, one writer, for half a phase. The ids cycle over a range larger than a bulk,
     * so the first pass inserts and later ones replace, as a rebuild first fills and then rewrites a person's file.
     */
    private void storeBulkWriteRate() {
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        List<Document> samples = new ArrayList<>();
        mongo.getCollection(CaseFileCollection.NAME).find().limit(STORE_SAMPLE_DOCUMENTS).into(samples);
        if (samples.isEmpty()) {
            report.note("store bulk write: no case file to copy, so the store's ceiling was not measured.");
            return;
        }
        MongoCollection<Document> scratch = mongo.getCollection(STORE_SCRATCH);
        if (mongo.collectionExists(STORE_SCRATCH)) {
            scratch.drop();
        }
        BulkWriteOptions unordered = new BulkWriteOptions().ordered(false);
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        long written = 0;
        long deadline = System.nanoTime() + phase.toNanos() / 2;
        long start = System.nanoTime();
        while (System.nanoTime() < deadline) {
            List<ReplaceOneModel<Document>> bulk = new ArrayList<>(STORE_BULK);
            for (int i = 0; i < STORE_BULK; i++, written++) {
                String id = "bench-" + (written % STORE_IDS);
                Document document = new Document(samples.get((int) (written % samples.size())));
                document.put("_id", id);
                bulk.add(new ReplaceOneModel<>(Filters.eq("_id", id), document, upsert));
            }
            scratch.bulkWrite(bulk, unordered);
        }
        storeBulkWrite = written / ((System.nanoTime() - start) / 1e9);
        scratch.drop();
        long bytes = samples.stream().mapToLong(d -> d.toJson().length()).sum() / samples.size();
        report.add(new Report.Row("2", "read-model store: bulk upserts of case-file documents (" + STORE_BULK + " per bulk, about "
                + Report.num(bytes) + " bytes of JSON each), one writer", Report.num(storeBulkWrite) + " documents/s",
                "–", "–", "(context)", null));
    }

    // ---- 2: rebuild ---------------------------------------------------------------------------------------------

    /**
     * All read models rebuilt at once, as an administrator would; each projection's rate is the log's length over
     * the time it took that projection to reach the head while the others ran too. Beside it, the log read as
     * fast as the store gives it (what a processor with an empty handler receives), with and without turning
     * payloads into objects.
     */
    private void rebuild() throws Exception {
        EventStore store = app.getBean(EventStore.class);
        long total = head(store);
        double bare = readRate(store, total, message -> { });
        double deserialised = readRate(store, total, TrackedEventMessage::getPayload);

        ProjectionRebuilds rebuilds = app.getBean(ProjectionRebuilds.class);
        long start = System.nanoTime();
        RebuildStatus status = rebuilds.start(List.of());
        Map<String, Double> seconds = new LinkedHashMap<>();
        long deadline = start + Duration.ofHours(6).toNanos();
        while (!"COMPLETED".equals(status.state())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the rebuild did not finish: " + status);
            }
            Thread.sleep(100);
            status = rebuilds.status(status.id()).orElseThrow();
            for (RebuildStatus.ProjectionProgress progress : status.progress()) {
                if (progress.caughtUp()) {
                    seconds.putIfAbsent(progress.projection(), (System.nanoTime() - start) / 1e9);
                }
            }
        }
        double overall = status.processed() / ((System.nanoTime() - start) / 1e9);
        long events = status.total();
        report.add(new Report.Row("2", "full rebuild of all " + status.projections().size() + " projections, "
                + Report.num(status.total()) + " events", Report.num(overall) + " events/s",
                Report.num(bare) + " events/s bare read", Report.ratio(overall, bare), "≥ 20,000/s, ≥ 0.4 of read",
                overall >= 20_000 && overall >= 0.4 * bare));
        if (storeBulkWrite > 0) {
            report.add(new Report.Row("2", "full rebuild beside the read-model store's bulk upsert ceiling (measured above)",
                    Report.num(overall) + " events/s", Report.num(storeBulkWrite) + " documents/s",
                    Report.ratio(overall, storeBulkWrite), "(context)", null));
        }
        seconds.forEach((projection, took) -> report.add(new Report.Row("2", "  " + projection + " (rebuilt beside the others)",
                Report.num(events / took) + " events/s", Report.num(bare) + " events/s bare read",
                Report.ratio(events / took, bare), "(context)", null)));
        report.add(new Report.Row("2", "log read with payloads deserialised (no handler)", Report.num(deserialised) + " events/s",
                Report.num(bare) + " events/s bare read", Report.ratio(deserialised, bare), "(context)", null));
    }

    /** Events per second of reading the log from its start to {@code total}, each given to {@code handler}. */
    static double readRate(EventStore store, long total, Consumer<TrackedEventMessage<?>> handler) throws InterruptedException {
        long start = System.nanoTime();
        long read = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            while (read < total && stream.hasNextAvailable(5, java.util.concurrent.TimeUnit.SECONDS)) {
                TrackedEventMessage<?> message = stream.nextAvailable();
                handler.accept(message);
                read++;
                if (message.trackingToken().position().orElse(0) >= total) {
                    break;
                }
            }
        }
        return read / ((System.nanoTime() - start) / 1e9);
    }

    // ---- 5: statistics ----------------------------------------------------------------------------------------

    private void statistics() throws Exception {
        LocalDate lastQuarter = LocalDate.now(BusinessCalendar.ZONE).minusMonths(3);
        String quarter = lastQuarter.getYear() + "-Q" + lastQuarter.get(IsoFields.QUARTER_OF_YEAR);
        int year = LocalDate.now(BusinessCalendar.ZONE).getYear() - 1;
        Duration measure = Duration.ofSeconds(Math.max(10, phase.toSeconds() / 3));
        ClosedLoop.Result eurostat = ClosedLoop.run(1, warmUp, measure, (client, i, latencies) -> {
            http.get("analyst", "/statistics/eurostat?period=" + quarter, latencies);
            return 1;
        });
        ClosedLoop.Result operational = ClosedLoop.run(1, warmUp, measure, (client, i, latencies) -> {
            http.get("analyst", "/statistics/operational?period=" + year + "&interval=MONTH&by=INSTITUTION,DECISION_TYPE", latencies);
            return 1;
        });
        report.add(new Report.Row("5", "Eurostat EIL tables of " + quarter + " (all), p50 / p99, one client",
                percentiles(eurostat, 50, 99), "–", "–", "p99 < 200 ms", eurostat.millis(99) < 200));
        report.add(new Report.Row("5", "operational figures of " + year + " by month, institution, decision type, p50 / p99",
                percentiles(operational, 50, 99), "–", "–", "p99 < 200 ms", operational.millis(99) < 200));
        errors("Eurostat tables", eurostat);
        errors("operational figures", operational);
    }

    // ---- context: what every request of the development users costs, and the heap -----------------------------

    /**
     * The load driver signs in as production clients do, with JWTs; the embedded default's development users would
     * sign in with HTTP Basic instead, and every such request checks a BCrypt hash. Shown for comparison only.
     */
    private void basicAuthCost() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String hash = encoder.encode("dev");
        Histogram histogram = new Histogram(3);
        for (int i = 0; i < 30; i++) {
            long started = System.nanoTime();
            encoder.matches("dev", hash);
            histogram.recordValue(System.nanoTime() - started);
        }
        report.add(new Report.Row("–", "Basic-auth password check (BCrypt) a development user would add to every request (not used here: JWT), p50",
                Report.ms(histogram.getValueAtPercentile(50) / 1e6), "–", "–", "(context)", null));
    }

    private void startHeapSampler() {
        Thread sampler = new Thread(() -> {
            while (true) {
                peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void heap() {
        double peakMiB = peakHeap.get() / 1024.0 / 1024.0;
        double maxMiB = Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0;
        report.add(new Report.Row("–", "peak heap used by the register and the driver (sampled every 100 ms)",
                Report.num(peakMiB) + " MiB", Report.num(maxMiB) + " MiB -Xmx", Report.ratio(peakMiB, maxMiB),
                "≤ 1,024 MiB", peakMiB <= 1024));
        double liveMiB = report.peakLiveHeap() / 1024.0 / 1024.0;
        report.add(new Report.Row("–", "largest heap still reachable after a full collection at the end of a phase (the live set)",
                Report.num(liveMiB) + " MiB", Report.num(maxMiB) + " MiB -Xmx", Report.ratio(liveMiB, maxMiB),
                "≤ 1,024 MiB", liveMiB <= 1024));
        report.note("Elasticsearch runs as a child process with its own heap (register.embedded-elasticsearch.heap, 256m by "
                + "default), not counted above.");
    }

    private void errors(String what, ClosedLoop.Result result) {
        if (result.requests() == 0) {
            report.note(what + ": no request succeeded, so its figures above are not measurements.");
        }
        if (result.errors() > 0 || result.firstError() != null) {
            report.note(what + ": " + result.errors() + " failed requests in the measured interval; first failure: " + result.firstError());
        }
    }

    private void write(String machine) throws Exception {
        String label = System.getProperty("bench.label", "").strip();
        List<String> header = new ArrayList<>();
        if (!label.isEmpty()) {
            header.add("**" + label + "**");
            header.add("");
        }
        header.add("- Machine: " + machine);
        header.add("- Run: " + Report.num(persons) + " synthetic persons (seed " + SEED + "), load phases of "
                + phase.toSeconds() + " s after " + warmUp.toSeconds() + " s of warm-up, " + clients + " command clients, "
                + READ_CLIENTS + " read clients; heap limit " + System.getProperty("bench.heap", "?"));
        header.add("- Command: `" + System.getProperty("bench.command", "?") + " -Dbench.persons=" + persons + " -Dbench.seconds="
                + phase.toSeconds() + " -Dbench.clients=" + clients + "`");
        header.add("- The register runs on its embedded default in the benchmark's JVM; the load driver (JDK HttpClient, "
                + "closed loop, HdrHistogram) shares the machine with it and signs in with RS256 JWTs checked against a JWK set, "
                + "as production clients do. Percentiles are of the measured interval only.");
        report.write(Path.of(System.getProperty("bench.output", "BENCHMARKS.md")), "Benchmarks", header);
    }
}
