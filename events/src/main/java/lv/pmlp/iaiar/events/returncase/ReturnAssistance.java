package lv.pmlp.iaiar.events.returncase;

/** Whether a return received assistance (Eurostat migr_eirt_ass: ASSIST, N_ASSIST, UNK). */
public enum ReturnAssistance {
    ASSISTED,
    NOT_ASSISTED,
    UNKNOWN
}
