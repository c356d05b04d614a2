package lv.pmlp.iaiar.events.returncase;

/** The two kinds of return decision (izbraukšanas rīkojums, lēmums par piespiedu izraidīšanu). */
public enum DecisionType {
    DEPARTURE_ORDER,
    FORCED_EXPULSION_DECISION
}
