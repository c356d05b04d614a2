package lv.pmlp.iaiar.command.rules;

/** How a refusal reads to a caller; the REST layer maps each kind to one HTTP status. */
public enum Refusal {
    /** The thing the command names does not exist. */
    NOT_FOUND,
    /** The actor may not do this (institution or role). */
    FORBIDDEN,
    /** The current state does not allow it; a later state might. */
    CONFLICT,
    /** The caller acted on a version of the resource that is no longer current. */
    STALE_VERSION,
    /** The request breaks a rule whatever the state (limits, mandatory terms). */
    UNPROCESSABLE
}
