package lv.pmlp.iaiar.api.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.servlet.http.HttpServletRequest;
import lv.pmlp.iaiar.api.audit.AccessLog;
import lv.pmlp.iaiar.api.security.CurrentActor;
import lv.pmlp.iaiar.command.rules.BusinessCalendar;
import lv.pmlp.iaiar.command.rules.Rule;
import lv.pmlp.iaiar.projections.casefile.CaseFile;
import lv.pmlp.iaiar.query.casefile.CaseFileAsOfQuery;
import lv.pmlp.iaiar.query.casefile.FindCaseFileQuery;
import lv.pmlp.iaiar.query.history.FindPersonHistoryQuery;
import lv.pmlp.iaiar.query.history.PersonHistoryPage;

/** A person's case file (now, or as of a past instant) and audit trail. */
@RestController
@RequestMapping("/api/v1/persons/{personId}")
@Tag(name = "Case files and audit trail")
class ReadModelController {

    private static final String ID = PersonRequests.ID;
    private static final Duration READ_YOUR_WRITES_WAIT = Duration.ofSeconds(5);

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final CurrentActor actor;

    ReadModelController(QueryGateway queries, AccessLog accessLog, CurrentActor actor) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.actor = actor;
    }

    /**
     * With {@code minVersion}, waits (up to 5 s) until the case file includes that version of stream {@code of}
     * (the person, or one of their cases) — the version a command answered with — so a client reads its own write.
     */
    @GetMapping("/case-file")
    @Operation(summary = "The person's case file: identity, detentions, cases, decisions, entry bans, appeals")
    ResponseEntity<CaseFile> caseFile(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String personId,
                                      @RequestParam(required = false) @Pattern(regexp = ID) String of,
                                      @RequestParam(required = false) @Min(0) Long minVersion) throws InterruptedException {
        String stream = of != null ? of : personId;
        Instant deadline = Instant.now().plus(READ_YOUR_WRITES_WAIT);
        CaseFile file = find(personId).orElse(null);
        while (minVersion != null && (file == null || file.versionOf(stream) < minVersion) && Instant.now().isBefore(deadline)) {
            Thread.sleep(25);
            file = find(personId).orElse(null);
        }
        if (file == null) {
            throw Rule.PERSON_NOT_FOUND.violation("No case file for person " + personId);
        }
        accessLog.recordRead(request, actor.get(), List.of(personId));
        boolean current = minVersion == null || file.versionOf(stream) >= minVersion;
        return ResponseEntity.ok()
                .header("X-Read-Model-Current", String.valueOf(current))
                .body(file);
    }

    @GetMapping("/case-file/as-of")
    @Operation(summary = "The case file recomputed from the event log: as things stood on a date or at an instant "
            + "(businessDate / businessTime), and/or as the register knew it at an instant (recordedAt)")
    CaseFile caseFileAsOf(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String personId,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate businessDate,
                          @RequestParam(required = false) Instant businessTime,
                          @RequestParam(required = false) Instant recordedAt) {
        if (businessDate == null && businessTime == null && recordedAt == null) {
            throw new InvalidRequestException("businessDate", "give businessDate, businessTime or recordedAt");
        }
        if (businessDate != null && businessTime != null) {
            throw new InvalidRequestException("businessTime", "give either businessDate or businessTime, not both");
        }
        // "as it was on date D" includes the whole of day D in Latvia.
        Instant business = businessDate != null ? BusinessCalendar.startOf(businessDate.plusDays(1)).minusNanos(1) : businessTime;
        CaseFile file = queries.query(new CaseFileAsOfQuery(personId, business, recordedAt), ResponseTypes.optionalInstanceOf(CaseFile.class))
                .join()
                .orElseThrow(() -> Rule.PERSON_NOT_FOUND.violation("Person " + personId + " was not registered at that time"));
        accessLog.recordRead(request, actor.get(), List.of(personId));
        return file;
    }

    @GetMapping("/history")
    @Operation(summary = "The person's audit trail: every event, in recording order, with who, when, legal basis and what changed")
    PersonHistoryPage history(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String personId,
                              @RequestParam(required = false) Instant recordedUntil,
                              @RequestParam(required = false) Instant occurredUntil,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        PersonHistoryPage history = queries.query(new FindPersonHistoryQuery(personId, recordedUntil, occurredUntil, page, size),
                PersonHistoryPage.class).join();
        if (history.total() == 0 && find(personId).isEmpty()) {
            throw Rule.PERSON_NOT_FOUND.violation("No person " + personId);
        }
        accessLog.recordRead(request, actor.get(), List.of(personId));
        return history;
    }

    private Optional<CaseFile> find(String personId) {
        return queries.query(new FindCaseFileQuery(personId), ResponseTypes.optionalInstanceOf(CaseFile.class)).join();
    }
}
