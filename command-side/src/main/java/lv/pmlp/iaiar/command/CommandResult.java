package lv.pmlp.iaiar.command;

/** What a command handler answers: the id of the resource it created or changed and the aggregate's version after it. */
public record CommandResult(String id, long version) {
}
