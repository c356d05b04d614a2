package lv.pmlp.iaiar.events;

/** The institution an actor works for. Both operational institutions share the register. */
public enum Institution {
    /** Office of Citizenship and Migration Affairs (Pilsonības un migrācijas lietu pārvalde). */
    PMLP,
    /** State Border Guard (Valsts robežsardze). */
    VRS,
    /** Another authority using the register under an agreement (border check only). */
    EXTERNAL,
    /** The register itself: timers and integrations. */
    SYSTEM
}
