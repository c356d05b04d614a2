package lv.pmlp.iaiar.events;

/** The role in which an actor acted (domain brief §5.6). */
public enum Role {
    OFFICER,
    SUPERVISOR,
    AUDITOR,
    ANALYST,
    ADMINISTRATOR,
    EXTERNAL,
    SYSTEM
}
