package lv.pmlp.iaiar.events.person;

/** Sex as recorded in the travel document; UNKNOWN where none is given (Eurostat codes F, M, UNK). */
public enum Sex {
    FEMALE,
    MALE,
    UNKNOWN
}
