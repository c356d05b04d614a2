/** Typed queries over the read models and their handlers. */
package lv.pmlp.iaiar.query;
