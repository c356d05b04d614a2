package lv.pmlp.iaiar.api.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How commands reach their aggregates. Each aggregate type has a bounded cache of recently used aggregates (named
 * in its {@code @Aggregate}), so a command on an aggregate a recent command touched reads nothing from the log.
 * <p>
 * Consistency: the cache holds an aggregate as its last successful command left it. A command that is refused or
 * fails rolls back its unit of work, and Axon's caching repository then drops the entry, so the next command loads
 * the aggregate from the log. A stale entry (another node, or anything else, appended to the stream) cannot produce a
 * wrong write: the store refuses an event whose sequence number is taken, the command answers 409
 * {@code CONCURRENT_MODIFICATION}, and the entry is dropped. On several nodes (profile {@code axonserver}) Axon Server
 * routes an aggregate's commands to one node, so entries go stale only when that routing changes; until the next
 * conflict drops such an entry, a command may be refused on the older state it shows. Checks across aggregates never
 * use the cache (see {@code AxonConfig#personDirectory}).
 */
@Configuration(proxyBeanMethods = false)
class CommandSideConfig {

    @Bean
    Cache personCache(CommandSideProperties properties) {
        return cache(properties);
    }

    @Bean
    Cache returnCaseCache(CommandSideProperties properties) {
        return cache(properties);
    }

    private static Cache cache(CommandSideProperties properties) {
        return properties.aggregateCacheEntries() == 0 ? NoCache.INSTANCE : new BoundedCache(properties.aggregateCacheEntries());
    }
}
