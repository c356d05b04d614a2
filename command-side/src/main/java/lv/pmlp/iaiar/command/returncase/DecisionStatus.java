package lv.pmlp.iaiar.command.returncase;

/** The life of a return decision (domain brief R8). Appeals and suspension are tracked beside it. */
enum DecisionStatus {
    ISSUED,
    SERVED,
    EXECUTED,
    ANNULLED,
    WITHDRAWN,
    SUPERSEDED;

    boolean inForce() {
        return this == ISSUED || this == SERVED;
    }
}
