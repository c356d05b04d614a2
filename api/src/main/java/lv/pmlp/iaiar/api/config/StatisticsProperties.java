package lv.pmlp.iaiar.api.config;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import lv.pmlp.iaiar.events.Institution;

/**
 * Statistics settings ({@code register.statistics.*}).
 *
 * @param smallCellThreshold counts from 1 up to one less than this are withheld from roles that may not see
 *                           individual cases (analysts); supervisors and auditors see exact counts
 * @param targets            planned return decisions per year and institution, for plan-versus-actual
 */
@ConfigurationProperties(prefix = "register.statistics")
public record StatisticsProperties(@DefaultValue("5") int smallCellThreshold, Map<Integer, Map<Institution, Long>> targets) {

    public Map<Integer, Map<Institution, Long>> targets() {
        return targets == null ? Map.of() : targets;
    }
}
