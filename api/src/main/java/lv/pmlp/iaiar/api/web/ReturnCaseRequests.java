package lv.pmlp.iaiar.api.web;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import lv.pmlp.iaiar.events.returncase.AppealOutcome;
import lv.pmlp.iaiar.events.returncase.AppealType;
import lv.pmlp.iaiar.events.returncase.BanLiftReason;
import lv.pmlp.iaiar.events.returncase.CorrectableField;
import lv.pmlp.iaiar.events.returncase.ReturnAssistance;
import lv.pmlp.iaiar.events.returncase.ReturnGround;
import lv.pmlp.iaiar.events.returncase.SuspensionReason;

/**
 * Request bodies of the return-case endpoints. Lengths are ISO 8601 periods ("P3Y", "P18M"). Whether a value
 * is allowed by law (ban maximum, departure period) is the aggregate's decision, answered with 422.
 */
final class ReturnCaseRequests {

    private static final String COUNTRY = PersonRequests.COUNTRY;

    private ReturnCaseRequests() {
    }

    record OpenReturnCase(
            @NotNull @Pattern(regexp = PersonRequests.ID) String personId,
            @NotEmpty @Size(max = 4) Set<@NotNull ReturnGround> grounds,
            @NotNull @PastOrPresent LocalDate detectedOn,
            @NotBlank @Size(max = 200) String legalBasis,
            Boolean unaccompaniedMinor) {
    }

    record IssueDepartureOrder(
            @NotNull @PastOrPresent LocalDate issuedOn,
            @NotNull @Positive Integer voluntaryDepartureDays,
            Period entryBan,
            @Size(max = 4) Set<@NotNull ReturnGround> grounds,
            @NotBlank @Size(max = 200) String legalBasis) {
    }

    record IssueForcedExpulsionDecision(
            @NotNull @PastOrPresent LocalDate issuedOn,
            Period entryBan,
            @Size(max = 4) Set<@NotNull ReturnGround> grounds,
            @NotBlank @Size(max = 200) String legalBasis) {
    }

    record ImposeEntryBan(@NotNull Period duration, @NotBlank @Size(max = 200) String legalBasis) {
    }

    record ServeDecision(
            @NotNull @PastOrPresent LocalDate servedOn,
            @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code") String language,
            boolean interpreterUsed) {
    }

    record LodgeAppeal(
            @NotNull AppealType type,
            @NotBlank @Size(max = 200) String body,
            @NotNull @PastOrPresent LocalDate filedOn) {
    }

    record RecordAppealOutcome(
            @NotNull AppealOutcome outcome,
            @NotNull @PastOrPresent LocalDate decidedOn,
            @Size(max = 100) String reference,
            Period amendedEntryBan) {
    }

    record SuspendEnforcement(@NotNull SuspensionReason reason, @Size(max = 500) String note) {
    }

    record ResumeEnforcement(@Size(max = 500) String note) {
    }

    record WithdrawDecision(@NotBlank @Size(max = 500) String reason) {
    }

    record ConfirmDeparture(
            @NotNull @PastOrPresent LocalDate departedOn,
            @Size(max = 100) String borderCrossingPoint,
            @Pattern(regexp = COUNTRY, message = "must be an ISO 3166 alpha-2 code") String destinationCountry,
            ReturnAssistance assistance) {
    }

    record RecordRemoval(
            @NotNull @PastOrPresent LocalDate removedOn,
            @Size(max = 100) String borderCrossingPoint,
            @NotNull @Pattern(regexp = COUNTRY, message = "must be an ISO 3166 alpha-2 code") String destinationCountry,
            boolean escorted) {
    }

    record ShortenEntryBan(@NotNull Period duration, @NotBlank @Size(max = 500) String reason) {
    }

    record LiftEntryBan(@NotNull BanLiftReason reason, @Size(max = 500) String note) {
    }

    record ApproveDecision(@Size(max = 500) String note) {
    }

    /** {@code eventId} is the id the audit trail shows for the event that recorded the wrong detail. */
    record ProposeClericalCorrection(
            @NotNull @Pattern(regexp = PersonRequests.ID) String eventId,
            @NotNull CorrectableField field,
            @NotBlank @Size(max = 200) String correctedValue,
            @NotBlank @Size(max = 500) String reason) {
    }

    record RejectClericalCorrection(@NotBlank @Size(max = 500) String reason) {
    }
}
