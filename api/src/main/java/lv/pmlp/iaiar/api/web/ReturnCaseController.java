package lv.pmlp.iaiar.api.web;

import static lv.pmlp.iaiar.command.rules.BusinessCalendar.startOf;

import java.time.Clock;
import java.time.LocalDate;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import lv.pmlp.iaiar.api.web.CommandExecutor.Outcome;
import lv.pmlp.iaiar.command.returncase.ApproveClericalCorrectionCommand;
import lv.pmlp.iaiar.command.returncase.ApproveDecisionCommand;
import lv.pmlp.iaiar.command.returncase.ConfirmDepartureCommand;
import lv.pmlp.iaiar.command.returncase.ImposeEntryBanCommand;
import lv.pmlp.iaiar.command.returncase.IssueDepartureOrderCommand;
import lv.pmlp.iaiar.command.returncase.IssueForcedExpulsionDecisionCommand;
import lv.pmlp.iaiar.command.returncase.LiftEntryBanCommand;
import lv.pmlp.iaiar.command.returncase.LodgeAppealCommand;
import lv.pmlp.iaiar.command.returncase.OpenReturnCaseCommand;
import lv.pmlp.iaiar.command.returncase.RecordAppealOutcomeCommand;
import lv.pmlp.iaiar.command.returncase.ProposeClericalCorrectionCommand;
import lv.pmlp.iaiar.command.returncase.RecordRemovalCommand;
import lv.pmlp.iaiar.command.returncase.RejectClericalCorrectionCommand;
import lv.pmlp.iaiar.command.returncase.ResumeEnforcementCommand;
import lv.pmlp.iaiar.command.returncase.ServeDecisionCommand;
import lv.pmlp.iaiar.command.returncase.ShortenEntryBanCommand;
import lv.pmlp.iaiar.command.returncase.SuspendEnforcementCommand;
import lv.pmlp.iaiar.command.returncase.WithdrawDecisionCommand;
import lv.pmlp.iaiar.command.rules.Rule;
import lv.pmlp.iaiar.events.returncase.ReturnAssistance;
import lv.pmlp.iaiar.query.history.FindRecordedEventQuery;
import lv.pmlp.iaiar.query.history.RecordedEvent;

/** Return cases: decisions, entry bans, service, appeals, enforcement and execution. */
@RestController
@RequestMapping("/api/v1/return-cases")
@Tag(name = "Return cases, decisions and entry bans")
class ReturnCaseController {

    private static final String ID = PersonRequests.ID;
    private static final String CASES = "/api/v1/return-cases/";

    private final CommandExecutor commands;
    private final CaseNumbers caseNumbers;
    private final Clock clock;
    private final QueryGateway queries;

    ReturnCaseController(CommandExecutor commands, CaseNumbers caseNumbers, Clock clock, QueryGateway queries) {
        this.commands = commands;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Open a return case for a person found staying illegally")
    ResponseEntity<Object> open(HttpServletRequest request, @Valid @RequestBody ReturnCaseRequests.OpenReturnCase body) {
        return commands.execute(request, body, Outcome.created(id -> CASES + id), c -> new OpenReturnCaseCommand(
                c.ids().newId("return-case"), caseNumbers.allocate(c.actor().institution(), LocalDate.now(clock)),
                body.personId(), body.grounds(), body.detectedOn(), body.legalBasis(), c.actor(), startOf(body.detectedOn()),
                body.unaccompaniedMinor()));
    }

    @PostMapping("/{caseId}/departure-orders")
    @Operation(summary = "Issue a departure order, optionally with an entry ban (IssueDepartureOrder)")
    ResponseEntity<Object> issueDepartureOrder(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String caseId,
                                               @Valid @RequestBody ReturnCaseRequests.IssueDepartureOrder body) {
        return commands.execute(request, body, Outcome.created(id -> CASES + caseId + "/decisions/" + id),
                c -> new IssueDepartureOrderCommand(caseId, c.expectedVersion(), c.ids().newId("decision"), body.issuedOn(),
                        body.voluntaryDepartureDays(), body.entryBan(), body.entryBan() == null ? null : c.ids().newId("entry-ban"),
                        body.grounds(), body.legalBasis(), c.actor(), startOf(body.issuedOn())));
    }

    @PostMapping("/{caseId}/forced-expulsion-decisions")
    @Operation(summary = "Issue a forced expulsion decision with its mandatory entry ban (IssueForcedExpulsionDecision)")
    ResponseEntity<Object> issueForcedExpulsionDecision(HttpServletRequest request,
                                                        @PathVariable @Pattern(regexp = ID) String caseId,
                                                        @Valid @RequestBody ReturnCaseRequests.IssueForcedExpulsionDecision body) {
        return commands.execute(request, body, Outcome.created(id -> CASES + caseId + "/decisions/" + id),
                c -> new IssueForcedExpulsionDecisionCommand(caseId, c.expectedVersion(), c.ids().newId("decision"),
                        body.issuedOn(), body.entryBan(), c.ids().newId("entry-ban"), body.grounds(), body.legalBasis(),
                        c.actor(), startOf(body.issuedOn())));
    }

    @PostMapping("/{caseId}/decisions/{decisionId}/entry-ban")
    @Operation(summary = "Impose an entry ban with a departure order that has not been served (ImposeEntryBan)")
    ResponseEntity<Object> imposeEntryBan(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String caseId,
                                          @PathVariable @Pattern(regexp = ID) String decisionId,
                                          @Valid @RequestBody ReturnCaseRequests.ImposeEntryBan body) {
        return commands.execute(request, body, Outcome.created(id -> CASES + caseId + "/entry-bans/" + id),
                c -> new ImposeEntryBanCommand(caseId, c.expectedVersion(), decisionId, c.ids().newId("entry-ban"),
                        body.duration(), body.legalBasis(), c.actor(), clock.instant()));
    }

    @PostMapping("/{caseId}/decisions/{decisionId}/service")
    @Operation(summary = "Record that the decision was served (ServeDecision)")
    ResponseEntity<Object> serve(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String caseId,
                                 @PathVariable @Pattern(regexp = ID) String decisionId,
                                 @Valid @RequestBody ReturnCaseRequests.ServeDecision body) {
        return commands.execute(request, body, Outcome.noContent(), c -> new ServeDecisionCommand(caseId,
                c.expectedVersion(), decisionId, body.servedOn(), body.language(), body.interpreterUsed(), c.actor(),
                startOf(body.servedOn())));
    }

    @PostMapping("/{caseId}/decisions/{decisionId}/appeals")
    @Operation(summary = "Record a contest or court appeal (LodgeAppeal)")
    ResponseEntity<Object> lodgeAppeal(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String caseId,
                                       @PathVariable @Pattern(regexp = ID) String decisionId,
                                       @Valid @RequestBody ReturnCaseRequests.LodgeAppeal body) {
        return commands.execute(request, body, Outcome.created(id -> CASES + caseId + "/appeals/" + id),
                c -> new LodgeAppealCommand(caseId, c.expectedVersion(), c.ids().newId("appeal"), decisionId, body.type(),
                        body.body(), body.filedOn(), c.actor(), startOf(body.filedOn())));
    }

    @PostMapping("/{caseId}/appeals/{appealId}/outcome")
    @Operation(summary = "Record an appeal's outcome; annulment lifts the ban (RecordAppealOutcome)")
    ResponseEntity<Object> recordAppealOutcome(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String caseId,
                                               @PathVariable @Pattern(regexp = ID) String appealId,
                                               @Valid @RequestBody ReturnCaseRequests.RecordAppealOutcome body) {
        return commands.execute(request, body, Outcome.noContent(), c -> new RecordAppealOutcomeCommand(caseId,
                c.expectedVersion(), appealId, body.outcome(), body.decidedOn(), body.reference(), body.amendedEntryBan(),
                c.actor(), startOf(body.decidedOn())));
    }

    @PostMapping("/{caseId}/decisions/{decisionId}/enforcement-suspensions")
    @Operation(summary = "Suspend enforcement of a decision (SuspendEnforcement)")
    ResponseEntity<Object> suspend(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String caseId,
                                   @PathVariable @Pattern(regexp = ID) String decisionId,
                                   @Valid @RequestBody ReturnCaseRequests.SuspendEnforcement body) {
        return commands.execute(request, body, Outcome.noContent(), c -> new SuspendEnforcementCommand(caseId,
                c.expectedVersion(), decisionId, body.reason(), body.note(), c.actor(), clock.instant()));
    }

    @PostMapping("/{caseId}/decisions/{decisionId}/enforcement-resumptions")
    @Operation(summary = "Resume enforcement of a suspended decision (ResumeEnforcement)")
    ResponseEntity<Object> resume(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String caseId,
                                  @PathVariable @Pattern(regexp = ID) String decisionId,
                                  @Valid @RequestBody ReturnCaseRequests.ResumeEnforcement body) {
        return commands.execute(request, body, Outcome.noContent(), c -> new ResumeEnforcementCommand(caseId,
                c.expectedVersion(), decisionId, body.note(), c.actor(), clock.instant()));
    }

    @PostMapping("/{caseId}/decisions/{decisionId}/withdrawal")
    @Operation(summary = "Withdraw a decision; its ban is lifted (WithdrawDecision)")
    ResponseEntity<Object> withdraw(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String caseId,
                                    @PathVariable @Pattern(regexp = ID) String decisionId,
                                    @Valid @RequestBody ReturnCaseRequests.WithdrawDecision body) {
        return commands.execute(request, body, Outcome.noContent(), c -> new WithdrawDecisionCommand(caseId,
                c.expectedVersion(), decisionId, body.reason(), c.actor(), clock.instant()));
    }

    @PostMapping("/{caseId}/decisions/{decisionId}/departure")
    @Operation(summary = "Confirm the person's departure; the ban starts running (ConfirmDeparture)")
    ResponseEntity<Object> confirmDeparture(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String caseId,
                                            @PathVariable @Pattern(regexp = ID) String decisionId,
                                            @Valid @RequestBody ReturnCaseRequests.ConfirmDeparture body) {
        return commands.execute(request, body, Outcome.noContent(), c -> new ConfirmDepartureCommand(caseId,
                c.expectedVersion(), decisionId, body.departedOn(), body.borderCrossingPoint(), body.destinationCountry(),
                body.assistance() == null ? ReturnAssistance.UNKNOWN : body.assistance(), c.actor(),
                startOf(body.departedOn())));
    }

    @PostMapping("/{caseId}/decisions/{decisionId}/removal")
    @Operation(summary = "Record a removal under a forced expulsion decision (RecordRemoval, VRS only)")
    ResponseEntity<Object> recordRemoval(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String caseId,
                                         @PathVariable @Pattern(regexp = ID) String decisionId,
                                         @Valid @RequestBody ReturnCaseRequests.RecordRemoval body) {
        return commands.execute(request, body, Outcome.noContent(), c -> new RecordRemovalCommand(caseId,
                c.expectedVersion(), decisionId, body.removedOn(), body.borderCrossingPoint(), body.destinationCountry(),
                body.escorted(), c.actor(), startOf(body.removedOn())));
    }

    @PostMapping("/{caseId}/entry-bans/{banId}/shortenings")
    @Operation(summary = "Shorten an entry ban; never lengthens (ShortenEntryBan)")
    ResponseEntity<Object> shorten(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String caseId,
                                   @PathVariable @Pattern(regexp = ID) String banId,
                                   @Valid @RequestBody ReturnCaseRequests.ShortenEntryBan body) {
        return commands.execute(request, body, Outcome.noContent(), c -> new ShortenEntryBanCommand(caseId,
                c.expectedVersion(), banId, body.duration(), body.reason(), c.actor(), clock.instant()));
    }

    @PostMapping("/{caseId}/entry-bans/{banId}/lifting")
    @Operation(summary = "Lift an entry ban (LiftEntryBan)")
    ResponseEntity<Object> lift(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String caseId,
                                @PathVariable @Pattern(regexp = ID) String banId,
                                @Valid @RequestBody ReturnCaseRequests.LiftEntryBan body) {
        return commands.execute(request, body, Outcome.noContent(), c -> new LiftEntryBanCommand(caseId,
                c.expectedVersion(), banId, body.reason(), body.note(), c.actor(), clock.instant()));
    }

    @PostMapping("/{caseId}/decisions/{decisionId}/approval")
    @Operation(summary = "A second supervisor approves a decision the four-eyes policy holds back (ApproveDecision)")
    ResponseEntity<Object> approveDecision(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String caseId,
                                           @PathVariable @Pattern(regexp = ID) String decisionId,
                                           @Valid @RequestBody ReturnCaseRequests.ApproveDecision body) {
        return commands.execute(request, body, Outcome.noContent(), c -> new ApproveDecisionCommand(caseId,
                c.expectedVersion(), decisionId, body.note(), c.actor(), clock.instant()));
    }

    /**
     * The event to correct is named by the id the audit trail shows; the case checks that it is one of its own
     * events and that the detail may be corrected.
     */
    @PostMapping("/{caseId}/clerical-corrections")
    @Operation(summary = "Propose to correct a clerical error in an earlier event of the case; a second supervisor decides")
    ResponseEntity<Object> proposeCorrection(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String caseId,
                                             @Valid @RequestBody ReturnCaseRequests.ProposeClericalCorrection body) {
        RecordedEvent corrected = queries.query(new FindRecordedEventQuery(body.eventId()),
                        ResponseTypes.optionalInstanceOf(RecordedEvent.class)).join()
                .filter(e -> e.streamId().equals(caseId))
                .orElseThrow(() -> Rule.CORRECTED_EVENT_NOT_FOUND.violation(
                        "Event " + body.eventId() + " is not an event of return case " + caseId));
        return commands.execute(request, body, Outcome.created(id -> CASES + caseId + "/clerical-corrections/" + id),
                c -> new ProposeClericalCorrectionCommand(caseId, c.expectedVersion(), c.ids().newId("clerical-correction"),
                        corrected.eventId(), corrected.sequence(), body.field(), body.correctedValue(), body.reason(),
                        c.actor(), clock.instant()));
    }

    @PostMapping("/{caseId}/clerical-corrections/{correctionId}/approval")
    @Operation(summary = "A supervisor other than the proposer approves a clerical correction (CorrectClericalError)")
    ResponseEntity<Object> approveCorrection(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String caseId,
                                             @PathVariable @Pattern(regexp = ID) String correctionId) {
        return commands.execute(request, null, Outcome.noContent(), c -> new ApproveClericalCorrectionCommand(caseId,
                c.expectedVersion(), correctionId, c.actor(), clock.instant()));
    }

    @PostMapping("/{caseId}/clerical-corrections/{correctionId}/rejection")
    @Operation(summary = "A supervisor other than the proposer rejects a clerical correction")
    ResponseEntity<Object> rejectCorrection(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String caseId,
                                            @PathVariable @Pattern(regexp = ID) String correctionId,
                                            @Valid @RequestBody ReturnCaseRequests.RejectClericalCorrection body) {
        return commands.execute(request, body, Outcome.noContent(), c -> new RejectClericalCorrectionCommand(caseId,
                c.expectedVersion(), correctionId, body.reason(), c.actor(), clock.instant()));
    }
}
