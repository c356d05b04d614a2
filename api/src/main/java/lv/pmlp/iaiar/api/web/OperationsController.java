package lv.pmlp.iaiar.api.web;

import java.time.Clock;
import java.time.LocalDate;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.servlet.http.HttpServletRequest;
import lv.pmlp.iaiar.api.audit.AccessLog;
import lv.pmlp.iaiar.api.security.CurrentActor;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.projections.bans.EntryBanEntry;
import lv.pmlp.iaiar.projections.boards.DepartureDeadlineEntry;
import lv.pmlp.iaiar.projections.boards.PendingApprovalEntry;
import lv.pmlp.iaiar.query.boards.DetainedPerson;
import lv.pmlp.iaiar.query.bans.CheckEntryBanQuery;
import lv.pmlp.iaiar.query.bans.EntryBanCheck;
import lv.pmlp.iaiar.query.bans.ExpiringEntryBansPage;
import lv.pmlp.iaiar.query.bans.FindExpiringEntryBansQuery;
import lv.pmlp.iaiar.query.boards.DepartureDeadlinesPage;
import lv.pmlp.iaiar.query.boards.DetainedPersonsPage;
import lv.pmlp.iaiar.query.boards.FindDepartureDeadlinesQuery;
import lv.pmlp.iaiar.query.boards.FindPendingApprovalsQuery;
import lv.pmlp.iaiar.query.boards.PendingApprovalsPage;
import lv.pmlp.iaiar.query.boards.FindDetainedPersonsQuery;

/** The border check and the operational boards. "Today" is the Latvian calendar day. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Border check and operational boards")
class OperationsController {

    private final QueryGateway queries;
    private final Clock clock;
    private final AccessLog accessLog;
    private final CurrentActor actor;

    OperationsController(QueryGateway queries, Clock clock, AccessLog accessLog, CurrentActor actor) {
        this.queries = queries;
        this.clock = clock;
        this.accessLog = accessLog;
        this.actor = actor;
    }

    @GetMapping("/entry-bans/check")
    @Operation(summary = "Is this person banned from entering on a date (today by default)? By person id or document number")
    EntryBanCheck check(HttpServletRequest request, @RequestParam(required = false) @Pattern(regexp = PersonRequests.ID) String personId,
                        @RequestParam(required = false) @Size(min = 2, max = 30) String documentNumber,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        if ((personId == null) == (documentNumber == null)) {
            throw new InvalidRequestException("personId", "give either personId or documentNumber");
        }
        EntryBanCheck answer = queries.query(new CheckEntryBanQuery(personId, documentNumber, on != null ? on : today()),
                EntryBanCheck.class).join();
        accessLog.recordRead(request, actor.get(), answer.personIds());
        return answer;
    }

    @GetMapping("/entry-bans/expiring")
    @Operation(summary = "Running entry bans whose last day falls within the coming days")
    ExpiringEntryBansPage expiring(HttpServletRequest request, @RequestParam(defaultValue = "30") @Min(0) @Max(3660) int withinDays,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        ExpiringEntryBansPage bans = queries.query(new FindExpiringEntryBansQuery(today(), withinDays, page, size),
                ExpiringEntryBansPage.class).join();
        accessLog.recordRead(request, actor.get(), bans.items().stream().map(EntryBanEntry::personId).distinct().toList());
        return bans;
    }

    @GetMapping("/boards/detentions")
    @Operation(summary = "People detained now, with days in detention and the day the maximum is reached")
    DetainedPersonsPage detentions(HttpServletRequest request, @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        DetainedPersonsPage board = queries.query(new FindDetainedPersonsQuery(today(), page, size), DetainedPersonsPage.class).join();
        accessLog.recordRead(request, actor.get(), board.items().stream().map(DetainedPerson::personId).distinct().toList());
        return board;
    }

    @GetMapping("/boards/departure-deadlines")
    @Operation(summary = "Voluntary-departure deadlines due within the coming days (DUE) or passed without departure (MISSED)")
    DepartureDeadlinesPage deadlines(HttpServletRequest request, @RequestParam(defaultValue = "DUE") FindDepartureDeadlinesQuery.Status status,
                                     @RequestParam(defaultValue = "7") @Min(0) @Max(366) int withinDays,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        DepartureDeadlinesPage board = queries.query(new FindDepartureDeadlinesQuery(status, today(), withinDays, page, size),
                DepartureDeadlinesPage.class).join();
        accessLog.recordRead(request, actor.get(), board.items().stream().map(DepartureDeadlineEntry::personId).distinct().toList());
        return board;
    }

    @GetMapping("/boards/pending-approvals")
    @Operation(summary = "Decisions and clerical corrections awaiting a supervisor's approval, oldest first")
    PendingApprovalsPage pendingApprovals(HttpServletRequest request, @RequestParam(required = false) Institution institution,
                                          @RequestParam(defaultValue = "0") @Min(0) int page,
                                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        PendingApprovalsPage board = queries.query(new FindPendingApprovalsQuery(institution, page, size),
                PendingApprovalsPage.class).join();
        accessLog.recordRead(request, actor.get(), board.items().stream().map(PendingApprovalEntry::personId).distinct().toList());
        return board;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessCalendar.ZONE));
    }
}
