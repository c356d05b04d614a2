/** Wiring: Axon, the event store, the read-model store, serialisation and the register's settings. */
package lv.pmlp.iaiar.api.config;
