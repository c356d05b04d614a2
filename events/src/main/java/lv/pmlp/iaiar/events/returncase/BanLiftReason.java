package lv.pmlp.iaiar.events.returncase;

/** Why an entry ban stopped applying before its end. */
public enum BanLiftReason {
    DECISION_ANNULLED,
    DECISION_WITHDRAWN,
    DECISION_SUPERSEDED,
    OFFICER_DECISION,
    HUMANITARIAN
}
