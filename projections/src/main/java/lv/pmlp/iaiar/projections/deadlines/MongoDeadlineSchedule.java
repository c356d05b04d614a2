package lv.pmlp.iaiar.projections.deadlines;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.command.deadline.DeadlineKind;
import lv.pmlp.iaiar.command.deadline.DeadlineSchedule;
import lv.pmlp.iaiar.command.deadline.ScheduledDeadline;
import lv.pmlp.iaiar.projections.batch.BatchedMongo;

/** The deadline schedule in MongoDB: one document per pending deadline, replaced whole on every schedule. */
@Component
class MongoDeadlineSchedule implements DeadlineSchedule {

    static final String COLLECTION = "scheduled_deadlines";

    private final MongoTemplate mongo;
    /** Scheduling and cancelling from the tracker's event batches go out together at the batch's end. */
    private final BatchedMongo batch;

    MongoDeadlineSchedule(MongoTemplate mongo) {
        this.mongo = mongo;
        this.batch = new BatchedMongo(mongo);
        mongo.indexOps(COLLECTION).ensureIndex(new Index().on("lastDay", Sort.Direction.ASC));
    }

    @Override
    public void schedule(ScheduledDeadline deadline) {
        batch.save(new DeadlineDocument(deadline.id(), deadline.kind(), deadline.caseId(), deadline.subjectId(),
                deadline.lastDay()), COLLECTION);
    }

    @Override
    public void cancel(String deadlineId) {
        batch.removeById(deadlineId, COLLECTION);
    }

    @Override
    public List<ScheduledDeadline> passedBefore(LocalDate today, int limit) {
        Query query = Query.query(where("lastDay").lt(today)).with(Sort.by("lastDay", "_id")).limit(limit);
        return mongo.find(query, DeadlineDocument.class, COLLECTION).stream()
                .map(d -> new ScheduledDeadline(d.kind(), d.caseId(), d.subjectId(), d.lastDay()))
                .toList();
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), COLLECTION);
    }

    record DeadlineDocument(@Id String id, DeadlineKind kind, String caseId, String subjectId, LocalDate lastDay) {
    }
}
