/**
 * The deadline process manager. It keeps a schedule of voluntary-departure deadlines and entry-ban ends,
 * derived from the log (so a restart or a replay restores it), and turns each passed date into a command.
 */
package lv.pmlp.iaiar.command.deadline;
