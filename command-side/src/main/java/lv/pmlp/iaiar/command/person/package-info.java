/** The Person aggregate: a foreigner's identity, documents and custody (detentions). */
package lv.pmlp.iaiar.command.person;
