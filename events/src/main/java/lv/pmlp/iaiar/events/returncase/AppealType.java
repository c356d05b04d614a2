package lv.pmlp.iaiar.events.returncase;

/** Administrative review by a higher authority (apstrīdēšana) or appeal to a court (pārsūdzēšana). */
public enum AppealType {
    CONTEST,
    COURT_APPEAL
}
