package lv.pmlp.iaiar.events.returncase;

/** Why enforcement of a decision was suspended (Return Directive Arts 9, 13). */
public enum SuspensionReason {
    PENDING_REMEDY,
    ASYLUM_APPLICATION,
    MEDICAL,
    OTHER
}
