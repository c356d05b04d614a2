/**
 * The command side: commands, the Person and ReturnCase aggregates that decide them, the named rules they
 * enforce, and the process manager that turns the passing of time into commands.
 */
package lv.pmlp.iaiar.command;
