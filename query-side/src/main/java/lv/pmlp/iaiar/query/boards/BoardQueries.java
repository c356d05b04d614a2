package lv.pmlp.iaiar.query.boards;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.command.rules.LegalLimits;
import lv.pmlp.iaiar.command.rules.LegalLimitsPolicy;
import lv.pmlp.iaiar.projections.boards.DepartureDeadlineEntry;
import lv.pmlp.iaiar.projections.boards.DetentionBoardEntry;
import lv.pmlp.iaiar.projections.boards.PendingApprovalEntry;
import lv.pmlp.iaiar.projections.casefile.CaseFile;
import lv.pmlp.iaiar.projections.casefile.CaseFileCollection;
import lv.pmlp.iaiar.query.PageResponse;
import lv.pmlp.iaiar.query.Paging;

@Component
class BoardQueries {

    private final MongoTemplate mongo;
    private final LegalLimitsPolicy limits;

    BoardQueries(MongoTemplate mongo, LegalLimitsPolicy limits) {
        this.mongo = mongo;
        this.limits = limits;
    }

    @QueryHandler
    DetainedPersonsPage handle(FindDetainedPersonsQuery query) {
        PageResponse<DetentionBoardEntry> open = Paging.page(mongo, Query.query(where("releasedOn").is(null)),
                Sort.by("detainedAt", "detentionId"), query.page(), query.size(), DetentionBoardEntry.class,
                DetentionBoardEntry.COLLECTION);
        List<String> personIds = open.items().stream().map(DetentionBoardEntry::personId).distinct().toList();
        Map<String, CaseFile> files = mongo.find(Query.query(where("_id").in(personIds)), CaseFile.class, CaseFileCollection.NAME)
                .stream().collect(Collectors.toMap(CaseFile::personId, Function.identity()));
        List<DetainedPerson> rows = open.items().stream().map(d -> row(d, files.get(d.personId()), query.today())).toList();
        return new DetainedPersonsPage(rows, open.page(), open.size(), open.total());
    }

    @QueryHandler
    DepartureDeadlinesPage handle(FindDepartureDeadlinesQuery query) {
        LocalDate today = query.today();
        Criteria criteria = switch (query.status()) {
            case DUE -> where("state").is("PENDING").and("deadline").gte(today).lte(today.plusDays(query.withinDays()));
            case MISSED -> new Criteria().orOperator(where("state").is("MISSED"),
                    where("state").is("PENDING").and("deadline").lt(today));
        };
        PageResponse<DepartureDeadlineEntry> page = Paging.page(mongo, Query.query(criteria), Sort.by("deadline", "decisionId"),
                query.page(), query.size(), DepartureDeadlineEntry.class, DepartureDeadlineEntry.COLLECTION);
        return new DepartureDeadlinesPage(page.items(), page.page(), page.size(), page.total());
    }

    @QueryHandler
    PendingApprovalsPage handle(FindPendingApprovalsQuery query) {
        Criteria criteria = where("state").is(PendingApprovalEntry.PENDING);
        if (query.institution() != null) {
            criteria = criteria.and("institution").is(query.institution());
        }
        PageResponse<PendingApprovalEntry> page = Paging.page(mongo, Query.query(criteria), Sort.by("requestedAt", "id"),
                query.page(), query.size(), PendingApprovalEntry.class, PendingApprovalEntry.COLLECTION);
        return new PendingApprovalsPage(page.items(), page.page(), page.size(), page.total());
    }

    /** Kadzoev (C-357/09): earlier detentions in the same return procedure use up the same maximum. */
    private DetainedPerson row(DetentionBoardEntry detention, CaseFile file, LocalDate today) {
        long earlierDays = 0;
        if (detention.returnCaseId() != null) {
            earlierDays = mongo.find(Query.query(where("personId").is(detention.personId())
                                    .and("returnCaseId").is(detention.returnCaseId()).and("releasedOn").ne(null)),
                            DetentionBoardEntry.class, DetentionBoardEntry.COLLECTION).stream()
                    .mapToLong(d -> ChronoUnit.DAYS.between(d.detainedOn(), d.releasedOn()) + 1)
                    .sum();
        }
        LegalLimits inForce = limits.inForceOn(detention.detainedOn());
        long allowedDays = ChronoUnit.DAYS.between(detention.detainedOn(), detention.detainedOn().plus(inForce.cumulativeDetentionMaximum()));
        LocalDate maximumReachedOn = detention.detainedOn().plusDays(allowedDays - earlierDays - 1);
        return new DetainedPerson(detention.detentionId(), detention.personId(), file == null ? null : file.names(),
                detention.returnCaseId(), detention.place(), detention.detainedOn(),
                ChronoUnit.DAYS.between(detention.detainedOn(), today) + 1, detention.authorisedUntil(), maximumReachedOn);
    }
}
