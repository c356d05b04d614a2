/**
 * The person case file: a person's identity, detentions and every return case with its decisions, bans and
 * appeals. {@link lv.pmlp.iaiar.projections.casefile.CaseFiles#apply} is the one fold from events to a case file;
 * the projection and the as-of views both use it, so they cannot disagree.
 */
package lv.pmlp.iaiar.projections.casefile;
