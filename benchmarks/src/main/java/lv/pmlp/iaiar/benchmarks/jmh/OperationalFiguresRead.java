package lv.pmlp.iaiar.benchmarks.jmh;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import lv.pmlp.iaiar.api.embedded.MvStoreBackend;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.projections.statistics.FactKind;
import lv.pmlp.iaiar.projections.statistics.StatisticsRollups;
import lv.pmlp.iaiar.query.statistics.OperationalFigures;
import lv.pmlp.iaiar.query.statistics.OperationalFiguresQuery;
import lv.pmlp.iaiar.query.statistics.OperationalFiguresQuery.Breakdown;
import lv.pmlp.iaiar.query.statistics.OperationalFiguresQuery.Interval;

/**
 * A year of national figures (BENCHMARKS.md, figure 5) without HTTP, security or the query bus: the query handler
 * reading a year's operational counter documents (12 months of {@value StatisticsRollups#OPS_BUCKETS}) from the embedded
 * store over the wire and adding them up. The documents are built as the projection writes them, with
 * {@code keysPerMonth} different figure keys a month spread over the buckets: the synthetic population's 2025 holds
 * about 1,000 a month at 10,000 persons. About a third of the keys carry days (decisions, detentions), and the
 * documents hold the month's workload counters too, as the projection's do.
 * <p>
 * The handler is package-private, as the query bus finds it; it is reached here by reflection.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OperationalFiguresRead {

    private static final int YEAR = 2025;
    private static final String[] DETAILS = {null, "VOLUNT", "ENFORCE", "Y_LE1", "Y1-3", "Y3-5", "Y_GT5", "ANNULLED", "UPHELD"};
    private static final String[] CITIZENS = {"RU", "UA", "BY", "GE", "UZ", "TJ", "IN", "VN", "TR", "AF", "IQ", "SY", "CN", "KG",
            "AM", "AZ", "KZ", "MD", "NG", "PK", "BD"};
    private static final String[] DECISION_TYPES = {null, "DEPARTURE_ORDER", "FORCED_EXPULSION_DECISION"};
    private static final String[] GROUNDS = {"NO_VALID_VISA_OR_PERMIT", "VISA_OVERSTAY", "OTHER_LEGAL_GROUND",
            "VISA_FREE_REGIME_BREACH", "THREAT_TO_PUBLIC_ORDER"};

    @Param({"1000", "4000"})
    public int keysPerMonth;

    private MongoServer server;
    private MongoClient client;
    private Object handler;
    private MethodHandle handle;
    private final OperationalFiguresQuery byMonth = new OperationalFiguresQuery(String.valueOf(YEAR), Interval.MONTH,
            List.of(Breakdown.INSTITUTION, Breakdown.DECISION_TYPE), null, 0);
    private final OperationalFiguresQuery byUnitCitizenshipGround = new OperationalFiguresQuery(String.valueOf(YEAR),
            Interval.YEAR, List.of(Breakdown.UNIT, Breakdown.CITIZENSHIP, Breakdown.GROUND), null, 0);

    @Setup(Level.Trial)
    public void setUp() throws Throwable {
        server = new MongoServer(MvStoreBackend.inMemory());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        MongoTemplate mongo = new MongoTemplate(client, "readmodels");
        mongo.getCollection(StatisticsRollups.OPS).insertMany(documents(new Random(11)));

        Class<?> type = Class.forName("lv.pmlp.iaiar.query.statistics.OperationalQueries");
        Constructor<?> constructor = type.getDeclaredConstructor(MongoTemplate.class);
        constructor.setAccessible(true);
        handler = constructor.newInstance(mongo);
        Method method = type.getDeclaredMethod("handle", OperationalFiguresQuery.class);
        method.setAccessible(true);
        handle = MethodHandles.lookup().unreflect(method)
                .asType(MethodType.methodType(OperationalFigures.class, Object.class, OperationalFiguresQuery.class));
        if (figures(byMonth).rows().isEmpty() || figures(byUnitCitizenshipGround).rows().isEmpty()) {
            throw new IllegalStateException("the documents were not read as figures");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        client.close();
        server.shutdownNow();
    }

    /** The benchmark run's query: 2025 by month, institution and decision type. */
    @Benchmark
    public OperationalFigures yearByMonthInstitutionDecisionType() throws Throwable {
        return figures(byMonth);
    }

    @Benchmark
    public OperationalFigures yearByUnitCitizenshipGround() throws Throwable {
        return figures(byUnitCitizenshipGround);
    }

    private OperationalFigures figures(OperationalFiguresQuery query) throws Throwable {
        return (OperationalFigures) handle.invokeExact(handler, query);
    }

    private List<Document> documents(Random random) {
        List<Document> documents = new ArrayList<>();
        FactKind[] kinds = FactKind.values();
        for (int month = 1; month <= 12; month++) {
            Document[] buckets = new Document[StatisticsRollups.OPS_BUCKETS];
            for (int b = 0; b < buckets.length; b++) {
                buckets[b] = new Document("_id", YearMonth.of(YEAR, month) + "#" + b);
                for (String counter : List.of(StatisticsRollups.OPS_COUNT, StatisticsRollups.OPS_SUM, StatisticsRollups.OPS_WITH_DAYS,
                        StatisticsRollups.OPS_DAYS, StatisticsRollups.WORK_ACTS, StatisticsRollups.WORK_DECISIONS,
                        StatisticsRollups.WORK_SUM, StatisticsRollups.WORK_DAYS)) {
                    buckets[b].put(counter, new Document());
                }
            }
            for (int k = 0; k < keysPerMonth; k++) {
                Institution institution = random.nextInt(5) == 0 ? Institution.PMLP : Institution.VRS;
                String unit = institution + "-UNIT-" + random.nextInt(6);
                String key = String.join("|", StatisticsRollups.encodeOrNone(kinds[1 + random.nextInt(kinds.length - 1)].name()),
                        StatisticsRollups.encodeOrNone(DETAILS[random.nextInt(DETAILS.length)]),
                        StatisticsRollups.encodeOrNone(institution.name()), StatisticsRollups.encodeOrNone(unit),
                        StatisticsRollups.encodeOrNone(CITIZENS[random.nextInt(CITIZENS.length)]),
                        StatisticsRollups.encodeOrNone(DECISION_TYPES[random.nextInt(DECISION_TYPES.length)]),
                        StatisticsRollups.encode(GROUNDS[random.nextInt(GROUNDS.length)]));
                Document bucket = buckets[random.nextInt(buckets.length)];
                int n = 1 + random.nextInt(3);
                bucket.get(StatisticsRollups.OPS_COUNT, Document.class).put(key, n);
                if (random.nextInt(3) == 0) {
                    int days = random.nextInt(90);
                    bucket.get(StatisticsRollups.OPS_SUM, Document.class).put(key, days * n);
                    bucket.get(StatisticsRollups.OPS_WITH_DAYS, Document.class).put(key, n);
                    bucket.get(StatisticsRollups.OPS_DAYS, Document.class).put(key + "|" + days, n);
                }
                String officer = StatisticsRollups.encodeOrNone(unit) + "|" + "officer-" + random.nextInt(40);
                bucket.get(StatisticsRollups.WORK_ACTS, Document.class).merge(officer, 1, (a, b) -> (Integer) a + (Integer) b);
                if (random.nextInt(4) == 0) {
                    int days = random.nextInt(30);
                    bucket.get(StatisticsRollups.WORK_DECISIONS, Document.class).merge(officer, 1, (a, b) -> (Integer) a + (Integer) b);
                    bucket.get(StatisticsRollups.WORK_SUM, Document.class).merge(officer, days, (a, b) -> (Integer) a + (Integer) b);
                    bucket.get(StatisticsRollups.WORK_DAYS, Document.class).merge(officer + "|" + days, 1,
                            (a, b) -> (Integer) a + (Integer) b);
                }
            }
            documents.addAll(List.of(buckets));
        }
        return documents;
    }
}
