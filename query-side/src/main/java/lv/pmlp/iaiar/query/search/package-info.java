/** Person search over the Elasticsearch read model: the typed query, its answer, and the handler that ranks. */
package lv.pmlp.iaiar.query.search;
