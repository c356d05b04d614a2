package lv.pmlp.iaiar.events.returncase;

/** Grounds for a return decision (PMLP annual report 2020; domain brief R4). */
public enum ReturnGround {
    /** Stayed beyond the period the visa allowed. */
    VISA_OVERSTAY,
    /** Staying without a valid visa or residence permit. */
    NO_VALID_VISA_OR_PERMIT,
    /** Breached the conditions of the visa-free regime. */
    VISA_FREE_REGIME_BREACH,
    /** Other cases set by law; the legal basis names the provision. */
    OTHER_LEGAL_GROUND
}
