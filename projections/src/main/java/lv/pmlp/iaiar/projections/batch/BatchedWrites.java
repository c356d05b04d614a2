package lv.pmlp.iaiar.projections.batch;

/** The writes one store has pending for the current event batch. */
public interface BatchedWrites {

    /** Sends every pending write in as few requests as the store allows; pending writes stay if it fails. */
    void flush();
}
