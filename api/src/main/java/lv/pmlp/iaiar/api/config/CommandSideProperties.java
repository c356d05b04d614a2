package lv.pmlp.iaiar.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Command-side settings ({@code register.command-side.*}).
 *
 * @param aggregateCacheEntries how many Person and how many ReturnCase aggregates each node keeps loaded (least
 *                              recently used evicted first); 0 loads every aggregate from the log for every command
 * @param caseNumberBlock       case numbers a node reserves per counter update ({@code CaseNumbers}); 1 keeps numbers
 *                              in the order cases are opened across several nodes
 */
@ConfigurationProperties(prefix = "register.command-side")
public record CommandSideProperties(@DefaultValue("5000") int aggregateCacheEntries,
                                    @DefaultValue("1") int caseNumberBlock) {

    public CommandSideProperties {
        if (aggregateCacheEntries < 0) {
            throw new IllegalArgumentException("register.command-side.aggregate-cache-entries must not be negative");
        }
        if (caseNumberBlock < 1) {
            throw new IllegalArgumentException("register.command-side.case-number-block must be at least 1");
        }
    }
}
