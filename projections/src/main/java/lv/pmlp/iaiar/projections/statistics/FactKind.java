package lv.pmlp.iaiar.projections.statistics;

/** What a statistical fact counts; one event may count as more than one (a departure is a return and a deadline met). */
public enum FactKind {
    PERSON_REGISTERED,
    /** A return case was opened on a detection: Eurostat "found to be illegally present". */
    DETECTED,
    /** A departure order or forced expulsion decision: Eurostat "ordered to leave". */
    DECISION_ISSUED,
    DECISION_SERVED,
    DECISION_SUPERSEDED,
    DECISION_WITHDRAWN,
    DECISION_ANNULLED,
    APPEAL_LODGED,
    APPEAL_DECIDED,
    ENFORCEMENT_SUSPENDED,
    ENFORCEMENT_RESUMED,
    /** A departure (VOLUNT) or a removal (ENFORCE): Eurostat "returned following an order to leave". */
    RETURNED,
    DEADLINE_MET,
    DEADLINE_MISSED,
    BAN_IMPOSED,
    BAN_ACTIVATED,
    BAN_SHORTENED,
    BAN_LIFTED,
    BAN_EXPIRED,
    DETENTION_STARTED,
    DETENTION_EXTENDED,
    DETENTION_ENDED
}
