package lv.pmlp.iaiar.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Command-side settings ({@code register.command-side.*}).
 *
 * @param aggregateCacheEntries how many Person and how many ReturnCase aggregates each node keeps loaded (least
 *                              recently used evicted first); 0 loads every aggregate from the log for every command
 */
@ConfigurationProperties(prefix = "register.command-side")
public record CommandSideProperties(@DefaultValue("5000") int aggregateCacheEntries) {

    public CommandSideProperties {
        if (aggregateCacheEntries < 0) {
            throw new IllegalArgumentException("register.command-side.aggregate-cache-entries must not be negative");
        }
    }
}
