/** Named business rules, their stable codes, and the effective-dated legal limits they are checked against. */
package lv.pmlp.iaiar.command.rules;
