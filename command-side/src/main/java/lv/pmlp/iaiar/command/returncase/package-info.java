/** The ReturnCase aggregate: one illegal-stay episode with its decisions, entry bans, appeals and execution. */
package lv.pmlp.iaiar.command.returncase;
