package lv.pmlp.iaiar.events;

/** An event that concerns one person; lets projections and the audit trail correlate without lookups. */
public interface PersonEvent extends RegisterEvent {

    String personId();
}
