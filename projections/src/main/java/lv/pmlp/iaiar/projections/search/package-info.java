/**
 * The person search read model in Elasticsearch: one document per person, written whole from the person's
 * and their return cases' events, with the name keys of {@link lv.pmlp.iaiar.projections.search.names}.
 */
package lv.pmlp.iaiar.projections.search;
