package lv.pmlp.iaiar.command.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The effective-dated history of legal limits. Commands are checked against the version in force on the
 * date their act takes effect, so a back-dated decision meets the law of its own day.
 */
public final class LegalLimitsPolicy {

    private final List<LegalLimits> versions;

    public LegalLimitsPolicy(List<LegalLimits> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("at least one version of the legal limits is required");
        }
        this.versions = versions.stream().sorted(Comparator.comparing(LegalLimits::effectiveFrom).reversed()).toList();
    }

    public LegalLimits inForceOn(LocalDate date) {
        return versions.stream()
                .filter(v -> !v.effectiveFrom().isAfter(date))
                .findFirst()
                .orElseThrow(() -> Rule.NO_LEGAL_LIMITS_IN_FORCE.violation("No legal limits are in force on " + date));
    }

    public List<LegalLimits> versions() {
        return versions;
    }
}
