/** Statistics computed from the statistics facts at query time: Eurostat EIL tables, national figures, workload, IRMA stock. */
package lv.pmlp.iaiar.query.statistics;
