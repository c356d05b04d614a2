/** How statistics leave the register: Eurostat-layout CSV and server-rendered charts. */
package lv.pmlp.iaiar.api.statistics;
