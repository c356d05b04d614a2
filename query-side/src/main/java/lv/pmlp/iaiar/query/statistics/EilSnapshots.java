package lv.pmlp.iaiar.query.statistics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Freezes EIL tables as immutable snapshots. They are artefacts of a transmission, not derived data: they live
 * outside every processing group, so no rebuild drops them, and they are only ever inserted, never updated.
 */
@Component
public class EilSnapshots {

    static final String COLLECTION = "statistics_snapshots";

    /** Its own mapper: the stored form must not change with the web layer's JSON settings. */
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final MongoTemplate mongo;
    private final EilTables tables;

    EilSnapshots(MongoTemplate mongo, EilTables tables) {
        this.mongo = mongo;
        this.tables = tables;
    }

    record StoredSnapshot(@Id String id, String dataset, String period, Instant asKnownAt, Instant frozenAt, String frozenBy,
                          String sha256, String tableJson) {
    }

    /** Computes the exact table as known at {@code frozenAt} (or an earlier {@code asKnownAt}) and stores it. */
    public EilSnapshot freeze(EilDataset dataset, String period, Instant asKnownAt, Instant frozenAt, String frozenBy) {
        Instant knownAt = asKnownAt != null && asKnownAt.isBefore(frozenAt) ? asKnownAt : frozenAt;
        EilTable table = tables.compute(dataset, ReportingPeriod.parse(period), knownAt);
        try {
            String stored = json.writeValueAsString(table);
            String hash = sha256(stored);
            String id = UUID.randomUUID().toString();
            mongo.insert(new StoredSnapshot(id, table.dataset(), period, knownAt, frozenAt, frozenBy, hash, stored), COLLECTION);
            return new EilSnapshot(id, frozenAt, frozenBy, hash, table);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An EIL table could not be written as JSON", e);
        }
    }

    @QueryHandler
    Optional<EilSnapshot> handle(FindEilSnapshotQuery query) {
        StoredSnapshot stored = mongo.findById(query.id(), StoredSnapshot.class, COLLECTION);
        if (stored == null) {
            return Optional.empty();
        }
        if (!sha256(stored.tableJson()).equals(stored.sha256())) {
            throw new IllegalStateException("Snapshot " + stored.id() + " does not match its hash");
        }
        try {
            EilTable table = json.readValue(stored.tableJson(), EilTable.class);
            return Optional.of(new EilSnapshot(stored.id(), stored.frozenAt(), stored.frozenBy(), stored.sha256(),
                    table.suppressedBelow(query.suppressBelow())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Snapshot " + stored.id() + " could not be read", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
