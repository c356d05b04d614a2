package lv.pmlp.iaiar.query.boards;

import lv.pmlp.iaiar.events.Institution;

/** What awaits a supervisor's approval, oldest first; of one institution, or of both when {@code institution} is null. */
public record FindPendingApprovalsQuery(Institution institution, int page, int size) {
}
