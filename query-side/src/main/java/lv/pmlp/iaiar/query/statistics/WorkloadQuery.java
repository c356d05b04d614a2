package lv.pmlp.iaiar.query.statistics;

/**
 * What each officer and unit recorded in a period: return decisions issued, every other act, and the days from
 * opening the case to the decision. The register's own timers are left out.
 */
public record WorkloadQuery(String period, String unit) {
}
