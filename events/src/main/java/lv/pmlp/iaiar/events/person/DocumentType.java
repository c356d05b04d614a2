package lv.pmlp.iaiar.events.person;

/** Kinds of identity document the register records. */
public enum DocumentType {
    PASSPORT,
    IDENTITY_CARD,
    TRAVEL_DOCUMENT,
    RESIDENCE_PERMIT,
    SEAMANS_BOOK,
    OTHER
}
