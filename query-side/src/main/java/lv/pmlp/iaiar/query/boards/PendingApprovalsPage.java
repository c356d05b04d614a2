package lv.pmlp.iaiar.query.boards;

import java.util.List;

import lv.pmlp.iaiar.projections.boards.PendingApprovalEntry;

public record PendingApprovalsPage(List<PendingApprovalEntry> items, int page, int size, long total) {
}
