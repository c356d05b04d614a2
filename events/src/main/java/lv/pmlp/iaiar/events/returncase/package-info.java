/**
 * Facts of a return case: one illegal-stay episode with its return decisions, entry bans, service, appeals,
 * enforcement and execution. Every event names the person so that the audit trail needs no lookup.
 */
package lv.pmlp.iaiar.events.returncase;
