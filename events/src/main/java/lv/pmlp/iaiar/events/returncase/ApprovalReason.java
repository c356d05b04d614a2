package lv.pmlp.iaiar.events.returncase;

/** Why a decision needs a second supervisor's approval. */
public enum ApprovalReason {
    /** The four-eyes policy in force on the issue date names the decision's type. */
    POLICY,
    /**
     * The case records an unaccompanied minor: the best interests of the child and the assistance Art. 10 of the
     * Return Directive requires are checked by a supervisor before any return decision takes effect.
     */
    UNACCOMPANIED_MINOR
}
