/** Who the caller is (user, institution, unit, role) and what they may call. */
package lv.pmlp.iaiar.api.security;
