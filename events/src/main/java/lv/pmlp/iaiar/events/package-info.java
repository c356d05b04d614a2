/**
 * The register's event log contract: immutable records, one per business fact, free of any framework type so
 * that the log outlives the framework that writes it. Shapes never change in place; a new shape gets a new
 * {@link lv.pmlp.iaiar.events.SchemaVersion} and an upcaster.
 */
package lv.pmlp.iaiar.events;
