package lv.pmlp.iaiar.events.returncase;

/** How a contest or appeal ended. */
public enum AppealOutcome {
    UPHELD,
    ANNULLED,
    AMENDED
}
