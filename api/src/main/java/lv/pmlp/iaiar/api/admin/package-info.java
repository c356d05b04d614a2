/** Operating the read models: their processors' positions, and rebuilding them from the log. */
package lv.pmlp.iaiar.api.admin;
