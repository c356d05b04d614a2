/** The access log: who read which person's data, when, through which endpoint, and for what purpose. */
package lv.pmlp.iaiar.api.audit;
