/** Upcasters: how events stored in an older shape are read in their current one (the log itself is never edited). */
package lv.pmlp.iaiar.api.upcasting;
