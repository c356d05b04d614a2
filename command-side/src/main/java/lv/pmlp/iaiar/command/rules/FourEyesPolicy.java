package lv.pmlp.iaiar.command.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import lv.pmlp.iaiar.events.returncase.DecisionType;

/**
 * Which return decisions need a second pair of eyes before they are served or enforced, effective-dated like
 * the legal limits because the organisation's rule changes over time. A decision is judged by the version in
 * force on its issue date; with no version in force, no approval is needed.
 */
public final class FourEyesPolicy {

    /** One version: from {@code effectiveFrom}, decisions of these types need approval. */
    public record Version(LocalDate effectiveFrom, Set<DecisionType> decisionTypes) {
        public Version {
            decisionTypes = Set.copyOf(decisionTypes);
        }
    }

    private final List<Version> versions;

    public FourEyesPolicy(List<Version> versions) {
        this.versions = versions.stream().sorted(Comparator.comparing(Version::effectiveFrom).reversed()).toList();
    }

    public static FourEyesPolicy none() {
        return new FourEyesPolicy(List.of());
    }

    public boolean requiresApproval(DecisionType type, LocalDate issuedOn) {
        return versions.stream()
                .filter(v -> !v.effectiveFrom().isAfter(issuedOn))
                .findFirst()
                .map(v -> v.decisionTypes().contains(type))
                .orElse(false);
    }

    public List<Version> versions() {
        return versions;
    }
}
