package lv.pmlp.iaiar.command.returncase;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.returncase.CorrectableField;

/** A clerical correction awaiting its second supervisor; removed once approved or rejected. */
record ProposedCorrection(String id, String correctedEventId, long sequence, CorrectableField field, String correctedValue,
                          String reason, Actor proposedBy) {
}
