package lv.pmlp.iaiar.command.deadline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A deadline schedule kept in a map, for tests; idempotent like the real one. */
class InMemoryDeadlineSchedule implements DeadlineSchedule {

    private final Map<String, ScheduledDeadline> entries = new LinkedHashMap<>();

    @Override
    public void schedule(ScheduledDeadline deadline) {
        entries.put(deadline.id(), deadline);
    }

    @Override
    public void cancel(String deadlineId) {
        entries.remove(deadlineId);
    }

    @Override
    public List<ScheduledDeadline> passedBefore(LocalDate today, int limit) {
        return entries.values().stream()
                .filter(d -> d.lastDay().isBefore(today))
                .sorted(Comparator.comparing(ScheduledDeadline::lastDay).thenComparing(ScheduledDeadline::id))
                .limit(limit)
                .toList();
    }

    @Override
    public void clear() {
        entries.clear();
    }

    List<ScheduledDeadline> entries() {
        return List.copyOf(entries.values());
    }
}
