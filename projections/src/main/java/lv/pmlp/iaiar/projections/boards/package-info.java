/** Operational boards: who is detained now, departure deadlines due and missed. */
package lv.pmlp.iaiar.projections.boards;
