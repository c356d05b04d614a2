package lv.pmlp.iaiar.events.person;

/** Why a detention ended (domain brief §5.3, Detention). */
public enum ReleaseReason {
    REMOVED,
    COURT_ORDER,
    MAXIMUM_REACHED,
    ALTERNATIVE_MEASURE,
    ASYLUM_APPLICATION,
    OTHER
}
