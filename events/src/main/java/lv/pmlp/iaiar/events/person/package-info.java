/** Facts about a foreigner's identity and custody: registration, amendments, documents, detentions. */
package lv.pmlp.iaiar.events.person;
