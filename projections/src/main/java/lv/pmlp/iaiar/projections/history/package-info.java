/** The audit trail: every event concerning a person, in order, with who, when and what changed. */
package lv.pmlp.iaiar.projections.history;
