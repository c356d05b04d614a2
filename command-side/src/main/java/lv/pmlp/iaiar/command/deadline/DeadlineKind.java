package lv.pmlp.iaiar.command.deadline;

/** What passes on a scheduled date. */
public enum DeadlineKind {
    VOLUNTARY_DEPARTURE,
    ENTRY_BAN_END
}
