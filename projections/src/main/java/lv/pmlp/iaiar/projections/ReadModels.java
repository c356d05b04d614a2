package lv.pmlp.iaiar.projections;

import java.util.List;

/** The processing groups that write read models; each can be rebuilt from the log on its own. */
public final class ReadModels {

    public static final String CASE_FILE = "person-case-file";
    public static final String HISTORY = "person-history";
    public static final String ENTRY_BANS = "entry-bans";
    public static final String BOARDS = "operational-boards";
    public static final String SEARCH = "person-search";
    public static final String DEADLINE_SCHEDULE = "deadline-schedule";
    public static final String STATISTICS = "statistics";

    private ReadModels() {
    }

    public static List<String> all() {
        return List.of(CASE_FILE, HISTORY, ENTRY_BANS, BOARDS, SEARCH, DEADLINE_SCHEDULE, STATISTICS);
    }
}
