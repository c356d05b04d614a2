package lv.pmlp.iaiar.api.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import lv.pmlp.iaiar.command.rules.LegalLimits;
import lv.pmlp.iaiar.command.rules.LegalLimitsPolicy;

/**
 * The register's own settings ({@code register.*}).
 *
 * @param dataDirectory   where the embedded stores keep their files between runs
 * @param embeddedPostgres the in-process PostgreSQL event store of the embedded default
 * @param embeddedMongo   the in-process MongoDB-compatible read-model store of the embedded default
 * @param legalLimits     the effective-dated legal limits, oldest first
 * @param idempotency     how long an {@code Idempotency-Key} is remembered
 * @param elasticsearch   the search server: its URL (empty: the embedded one) and the person index's name
 * @param embeddedElasticsearch the Elasticsearch the embedded default starts when no URL is given
 */
@ConfigurationProperties(prefix = "register")
public record RegisterProperties(
        @DefaultValue("./data") Path dataDirectory,
        @DefaultValue EmbeddedPostgres embeddedPostgres,
        @DefaultValue EmbeddedMongo embeddedMongo,
        List<LegalLimitsVersion> legalLimits,
        @DefaultValue Idempotency idempotency,
        @DefaultValue Elasticsearch elasticsearch,
        @DefaultValue EmbeddedElasticsearchSettings embeddedElasticsearch) {

    public record EmbeddedPostgres(@DefaultValue("true") boolean enabled, @DefaultValue("0") int port,
                                   @DefaultValue("true") boolean persistent) {
    }

    public record EmbeddedMongo(@DefaultValue("true") boolean enabled, @DefaultValue("0") int port,
                                @DefaultValue("true") boolean persistent) {
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
}
