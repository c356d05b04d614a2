package lv.pmlp.iaiar.command.returncase;

/** A contest or appeal as the ReturnCase aggregate keeps it. */
record Appeal(String id, String decisionId, boolean pending) {
}
