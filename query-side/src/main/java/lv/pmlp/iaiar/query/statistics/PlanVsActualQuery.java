package lv.pmlp.iaiar.query.statistics;

import java.util.Map;

import lv.pmlp.iaiar.events.Institution;

/** Return decisions issued in a year against the planned number per institution (the configured targets). */
public record PlanVsActualQuery(int year, Map<Institution, Long> targets) {
}
