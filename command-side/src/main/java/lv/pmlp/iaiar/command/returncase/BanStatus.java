package lv.pmlp.iaiar.command.returncase;

/** An entry ban waits for the departure, then runs, then ends by expiry or lifting (domain brief E1). */
enum BanStatus {
    PENDING,
    ACTIVE,
    EXPIRED,
    LIFTED;

    boolean inForce() {
        return this == PENDING || this == ACTIVE;
    }
}
