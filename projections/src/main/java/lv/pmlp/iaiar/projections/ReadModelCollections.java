package lv.pmlp.iaiar.projections;

import java.util.List;
import java.util.Set;

import lv.pmlp.iaiar.projections.bans.BorderCheckEntry;
import lv.pmlp.iaiar.projections.bans.EntryBanEntry;
import lv.pmlp.iaiar.projections.bans.IdentityDocumentEntry;
import lv.pmlp.iaiar.projections.boards.DepartureDeadlineEntry;
import lv.pmlp.iaiar.projections.boards.DetentionBoardEntry;
import lv.pmlp.iaiar.projections.boards.PendingApprovalEntry;
import lv.pmlp.iaiar.projections.casefile.CaseFileCollection;
import lv.pmlp.iaiar.projections.history.HistoryEntry;
import lv.pmlp.iaiar.projections.statistics.StatisticalFact;
import lv.pmlp.iaiar.projections.statistics.StatisticalProfile;
import lv.pmlp.iaiar.projections.statistics.StatisticsJournal;
import lv.pmlp.iaiar.projections.statistics.StatisticsProjection;
import lv.pmlp.iaiar.projections.statistics.StatisticsRollups;

/**
 * The MongoDB collections the read models write ({@link ReadModels} names the processing groups), which is what a
 * rebuild must reproduce document for document. The one list of them, and the one place that says what is left out
 * of that comparison: bookkeeping that depends on where the batches happened to begin and end, not on the events.
 */
public final class ReadModelCollections {

    /**
     * A collection of a read model.
     *
     * @param bookkeeping its documents' fields that record how they were written, not what they say
     */
    public record Stored(String processingGroup, String name, Set<String> bookkeeping) {

        Stored(String processingGroup, String name) {
            this(processingGroup, name, Set.of());
        }
    }

    /** Collections that are bookkeeping only (the statistics' journal of its last batch): never compared. */
    public static final List<String> BOOKKEEPING = List.of(StatisticsJournal.COLLECTION);

    private static final Set<String> COUNTER_MARKER = Set.of(StatisticsJournal.MARKER);

    private static final List<Stored> ALL = List.of(
            new Stored(ReadModels.CASE_FILE, CaseFileCollection.NAME),
            new Stored(ReadModels.HISTORY, HistoryEntry.COLLECTION),
            new Stored(ReadModels.ENTRY_BANS, EntryBanEntry.COLLECTION),
            new Stored(ReadModels.ENTRY_BANS, IdentityDocumentEntry.COLLECTION),
            new Stored(ReadModels.ENTRY_BANS, "entry_ban_cases"),
            new Stored(ReadModels.ENTRY_BANS, BorderCheckEntry.COLLECTION),
            new Stored(ReadModels.BOARDS, DetentionBoardEntry.COLLECTION),
            new Stored(ReadModels.BOARDS, DepartureDeadlineEntry.COLLECTION),
            new Stored(ReadModels.BOARDS, "board_cases"),
            new Stored(ReadModels.BOARDS, PendingApprovalEntry.COLLECTION),
            new Stored(ReadModels.BOARDS, "board_decision_numbers"),
            new Stored(ReadModels.DEADLINE_SCHEDULE, "scheduled_deadlines"),
            new Stored(ReadModels.STATISTICS, StatisticalFact.COLLECTION),
            new Stored(ReadModels.STATISTICS, StatisticalProfile.COLLECTION),
            new Stored(ReadModels.STATISTICS, StatisticsProjection.CASES),
            new Stored(ReadModels.STATISTICS, StatisticsProjection.DECISIONS),
            new Stored(ReadModels.STATISTICS, StatisticsProjection.BANS),
            new Stored(ReadModels.STATISTICS, StatisticsProjection.DETENTIONS),
            new Stored(ReadModels.STATISTICS, StatisticsRollups.PERSONS),
            // which batch's journal last reached a counter document depends on the batches, its counters do not
            new Stored(ReadModels.STATISTICS, StatisticsRollups.EIL, COUNTER_MARKER),
            new Stored(ReadModels.STATISTICS, StatisticsRollups.IRMA, COUNTER_MARKER),
            new Stored(ReadModels.STATISTICS, StatisticsRollups.OPS, COUNTER_MARKER));

    private ReadModelCollections() {
    }

    /** Every collection of every read model kept in MongoDB (the person search index is in Elasticsearch). */
    public static List<Stored> all() {
        return ALL;
    }

    public static List<Stored> of(String processingGroup) {
        return ALL.stream().filter(c -> c.processingGroup().equals(processingGroup)).toList();
    }

    /** The names of a read model's collections. */
    public static List<String> namesOf(String processingGroup) {
        return of(processingGroup).stream().map(Stored::name).toList();
    }
}
