/** Event handlers that write the read models; every write is an idempotent upsert keyed by id. */
package lv.pmlp.iaiar.projections;
