package lv.pmlp.iaiar.api.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import lv.pmlp.iaiar.command.rules.FourEyesPolicy;
import lv.pmlp.iaiar.command.rules.LegalLimits;
import lv.pmlp.iaiar.command.rules.LegalLimitsPolicy;
import lv.pmlp.iaiar.events.returncase.DecisionType;

/**
 * The register's own settings ({@code register.*}).
 *
 * @param dataDirectory   where the embedded stores keep their files between runs
 * @param embeddedPostgres the in-process PostgreSQL event store of the embedded default
 * @param embeddedMongo   the in-process MongoDB-compatible read-model store of the embedded default
 * @param legalLimits     the effective-dated legal limits, oldest first
 * @param idempotency     how long an {@code Idempotency-Key} is remembered
 * @param keyStore        where the per-person encryption keys are kept (crypto-shredding)
 * @param retention       when a person's personal data is erased
 * @param elasticsearch   the search server: its URL (empty: the embedded one) and the person index's name
 * @param embeddedElasticsearch the Elasticsearch the embedded default starts when no URL is given
 * @param fourEyes        from when which decision types need a second supervisor's approval; none when empty
 */
@ConfigurationProperties(prefix = "register")
public record RegisterProperties(
        @DefaultValue("./data") Path dataDirectory,
        @DefaultValue EmbeddedPostgres embeddedPostgres,
        @DefaultValue EmbeddedMongo embeddedMongo,
        List<LegalLimitsVersion> legalLimits,
        @DefaultValue Idempotency idempotency,
        @DefaultValue KeyStore keyStore,
        @DefaultValue Retention retention,
        @DefaultValue AccessLogStore accessLog,
        @DefaultValue Elasticsearch elasticsearch,
        @DefaultValue EmbeddedElasticsearchSettings embeddedElasticsearch,
        List<FourEyesVersion> fourEyes) {

    /**
     * @param poolSize JDBC connections to it: a command holds one for its whole unit of work, so at least as many as
     *                 concurrent requests, plus the event processors' reads
     */
    public record EmbeddedPostgres(@DefaultValue("true") boolean enabled, @DefaultValue("0") int port,
                                   @DefaultValue("true") boolean persistent, @DefaultValue("24") int poolSize) {
    }

    /**
     * @param cacheSizeMb        page cache of each store file, in MB of heap
     * @param autoCommitBufferKb unsaved changes after which the read-model file commits (else about every second)
     * @param compress           compress pages on disk (LZF)
     * @param autoCompactFillRate share of live data (%) below which a file's chunks are rewritten in the background
     */
    public record EmbeddedMongo(@DefaultValue("true") boolean enabled, @DefaultValue("0") int port,
                                @DefaultValue("true") boolean persistent, @DefaultValue("64") int cacheSizeMb,
                                @DefaultValue("4096") int autoCommitBufferKb, @DefaultValue("false") boolean compress,
                                @DefaultValue("50") int autoCompactFillRate) {
    }

    /**
     * How long personal data is kept once everything about a person is settled (no decision in force, no pending
     * or running ban, no pending appeal, no open detention), and how often the register looks for persons due.
     */
    public record Retention(@DefaultValue("P5Y") Period period, @DefaultValue("PT6H") Duration sweepInterval,
                            @DefaultValue("PT1M") Duration initialDelay) {
    }

    /** Where the access log lives: a MongoDB database of its own. */
    public record AccessLogStore(@DefaultValue("iaiar_audit") String database) {
    }

    /**
     * Where the per-person keys live: a MongoDB database of their own.
     *
     * @param cacheSize keys cached per node, about 210 bytes each (the default 100,000 take about 21 MB, 2 % of a 1 GB
     *                  heap; rebuilds load each event batch's keys with one query, so they need not all be cached)
     * @param cacheTtl  how long a node serves a cached key before reading it again: the longest another node may go on
     *                  decrypting a person's data after this one destroyed the key
     */
    public record KeyStore(@DefaultValue("iaiar_keys") String database, @DefaultValue("100000") int cacheSize,
                           @DefaultValue("PT5M") Duration cacheTtl) {
    }

    public record Elasticsearch(String url, @DefaultValue("person-search") String index) {

        public boolean hasUrl() {
            return url != null && !url.isBlank();
        }
    }

    /**
     * @param home  the unpacked distribution; relative to the working directory
     * @param heap  the node's JVM heap
     * @param startTimeout how long the application waits for the node to become healthy
     */
    public record EmbeddedElasticsearchSettings(@DefaultValue("false") boolean enabled, Path home,
                                                @DefaultValue("256m") String heap,
                                                @DefaultValue("PT120S") Duration startTimeout) {
    }

    public record Idempotency(@DefaultValue("P1D") Duration retention, @DefaultValue("PT30S") Duration staleAfter) {
    }

    public record LegalLimitsVersion(
            LocalDate effectiveFrom,
            Period maximumEntryBan,
            int minimumVoluntaryDepartureDays,
            int maximumVoluntaryDepartureDays,
            Period initialDetentionMaximum,
            Period cumulativeDetentionMaximum) {

        LegalLimits toLimits() {
            return new LegalLimits(effectiveFrom, maximumEntryBan, minimumVoluntaryDepartureDays,
                    maximumVoluntaryDepartureDays, initialDetentionMaximum, cumulativeDetentionMaximum);
        }
    }

    public LegalLimitsPolicy legalLimitsPolicy() {
        if (legalLimits == null || legalLimits.isEmpty()) {
            throw new IllegalStateException("register.legal-limits must list at least one version");
        }
        return new LegalLimitsPolicy(legalLimits.stream().map(LegalLimitsVersion::toLimits).toList());
    }

    public record FourEyesVersion(LocalDate effectiveFrom, Set<DecisionType> decisionTypes) {
    }

    public FourEyesPolicy fourEyesPolicy() {
        return new FourEyesPolicy(fourEyes == null ? List.of() : fourEyes.stream()
                .map(v -> new FourEyesPolicy.Version(v.effectiveFrom(), v.decisionTypes() == null ? Set.of() : v.decisionTypes()))
                .toList());
    }
}
