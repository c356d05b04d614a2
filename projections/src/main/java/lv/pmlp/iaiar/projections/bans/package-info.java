/** Entry bans for the border-check question "is this person banned from entering on date D?". */
package lv.pmlp.iaiar.projections.bans;
