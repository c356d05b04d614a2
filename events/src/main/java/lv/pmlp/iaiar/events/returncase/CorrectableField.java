package lv.pmlp.iaiar.events.returncase;

/**
 * The recorded details a clerical correction may change. Each is a detail of how an act was recorded, not of
 * what it decided: dates, durations, grounds and destinations carry legal effect (deadlines, ban terms,
 * statistics) and are changed only through the acts that change them. Identifying personal data is amended
 * on the person, where it stays erasable.
 */
public enum CorrectableField {
    /** The legal provision cited when the case was opened or a decision issued. */
    LEGAL_BASIS,
    /** The language in which a decision was served (ISO 639 code). */
    SERVICE_LANGUAGE,
    /** Whether an interpreter took part in serving a decision ("true" or "false"). */
    INTERPRETER_USED,
    /** The border crossing point of a departure or removal. */
    BORDER_CROSSING_POINT,
    /** The authority or court a contest or appeal was lodged with. */
    APPEAL_BODY,
    /** The reference of the authority's or court's ruling on an appeal. */
    APPEAL_REFERENCE
}
