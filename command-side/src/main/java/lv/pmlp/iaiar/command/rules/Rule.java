package lv.pmlp.iaiar.command.rules;

/**
 * Every rule a command can be refused by. The enum name is the stable code clients see; it never changes
 * meaning once released.
 */
public enum Rule {
    // actors
    ROLE_MAY_NOT_WRITE(Refusal.FORBIDDEN, "Only officers and supervisors change the register"),
    DECISION_OF_OTHER_INSTITUTION(Refusal.FORBIDDEN, "An officer may change only their own institution's cases and decisions"),
    DETENTION_RESERVED_FOR_VRS(Refusal.FORBIDDEN, "Only the State Border Guard detains, extends and releases"),
    REMOVAL_RESERVED_FOR_VRS(Refusal.FORBIDDEN, "Only the State Border Guard records removals"),

    // person
    PERSON_NOT_FOUND(Refusal.NOT_FOUND, "No person with this id is registered"),
    LATVIAN_CITIZEN_IS_NOT_A_FOREIGNER(Refusal.UNPROCESSABLE, "Latvian citizens and non-citizens are not foreigners and cannot be returned"),
    CITIZENSHIP_OR_STATELESS_REQUIRED(Refusal.UNPROCESSABLE, "A person has at least one citizenship or is stateless, never both"),
    NOTHING_TO_AMEND(Refusal.UNPROCESSABLE, "The amendment changes nothing"),
    PERSON_ERASED(Refusal.CONFLICT, "The person's personal data was erased at the end of its retention period; nothing more is recorded about them"),
    ERASURE_ONLY_BY_RETENTION(Refusal.FORBIDDEN, "Personal data is erased by the retention process, not by an officer"),
    IDENTITY_DOCUMENT_ALREADY_RECORDED(Refusal.CONFLICT, "This document is already recorded for the person"),

    // detention
    DETENTION_NOT_FOUND(Refusal.NOT_FOUND, "No detention with this id exists for the person"),
    DETENTION_ALREADY_RECORDED(Refusal.CONFLICT, "A detention with this id is already recorded"),
    FOREIGNER_ALREADY_DETAINED(Refusal.CONFLICT, "The person already has an open detention"),
    DETENTION_OVERLAPS_EARLIER_DETENTION(Refusal.CONFLICT, "Detention periods of one person may not overlap"),
    FOREIGNER_NOT_DETAINED(Refusal.CONFLICT, "The detention is not open; a person who is not detained cannot be released or extended"),
    DETENTION_PERIOD_INVALID(Refusal.UNPROCESSABLE, "The detention must be authorised until a day on or after it starts"),
    DETENTION_EXCEEDS_INITIAL_MAXIMUM(Refusal.UNPROCESSABLE, "The first authorisation exceeds the initial detention maximum in force"),
    DETENTION_EXCEEDS_CUMULATIVE_MAXIMUM(Refusal.UNPROCESSABLE, "Detention for one return procedure would exceed the cumulative maximum in force"),
    DETENTION_EXTENSION_NEEDS_COURT_REFERENCE(Refusal.UNPROCESSABLE, "Every extension of a detention names the court or authority decision that allows it"),
    DETENTION_EXTENSION_MUST_EXTEND(Refusal.UNPROCESSABLE, "An extension must move the authorised end later"),
    RELEASE_BEFORE_DETENTION_START(Refusal.UNPROCESSABLE, "A release cannot precede the start of the detention"),

    // return case and decisions
    RETURN_CASE_NOT_FOUND(Refusal.NOT_FOUND, "No return case with this id exists"),
    RETURN_GROUND_REQUIRED(Refusal.UNPROCESSABLE, "A return case and a return decision need at least one ground from the classifier"),
    DECISION_NOT_FOUND(Refusal.NOT_FOUND, "No decision with this id exists in the case"),
    DECISION_ALREADY_EXISTS(Refusal.CONFLICT, "A decision with this id already exists in the case"),
    ACTIVE_DECISION_EXISTS(Refusal.CONFLICT, "The case already has a return decision in force"),
    VOLUNTARY_DEPARTURE_PERIOD_OUT_OF_RANGE(Refusal.UNPROCESSABLE, "The voluntary departure period is outside the range in force"),
    ENTRY_BAN_EXCEEDS_MAXIMUM(Refusal.UNPROCESSABLE, "The entry ban is longer than the maximum in force"),
    ENTRY_BAN_DURATION_INVALID(Refusal.UNPROCESSABLE, "An entry ban must last at least one day"),
    FORCED_EXPULSION_REQUIRES_ENTRY_BAN(Refusal.UNPROCESSABLE, "A forced expulsion decision must impose an entry ban"),
    ENTRY_BAN_ONLY_WITH_UNSERVED_DEPARTURE_ORDER(Refusal.CONFLICT, "An entry ban can be added only to a departure order that has not been served"),
    ENTRY_BAN_ALREADY_IMPOSED(Refusal.CONFLICT, "The decision already carries an entry ban"),
    DECISION_NOT_AWAITING_SERVICE(Refusal.CONFLICT, "Only an issued decision that has not been served can be served"),
    DECISION_DATE_BEFORE_ISSUE(Refusal.UNPROCESSABLE, "The date given precedes the decision's issue date"),
    DECISION_NOT_SERVED(Refusal.CONFLICT, "A decision can be contested or appealed only after it was served"),
    DECISION_NOT_IN_FORCE(Refusal.CONFLICT, "The decision is no longer in force"),
    APPEAL_NOT_FOUND(Refusal.NOT_FOUND, "No appeal with this id exists in the case"),
    APPEAL_ALREADY_EXISTS(Refusal.CONFLICT, "An appeal with this id already exists in the case"),
    APPEAL_ALREADY_PENDING(Refusal.CONFLICT, "The decision already has a pending contest or appeal"),
    APPEAL_ALREADY_DECIDED(Refusal.CONFLICT, "The appeal was already decided"),
    AMENDMENT_ONLY_WITH_AMENDED_OUTCOME(Refusal.UNPROCESSABLE, "A new entry ban length can be given only with the outcome AMENDED"),
    ENFORCEMENT_ALREADY_SUSPENDED(Refusal.CONFLICT, "Enforcement of the decision is already suspended"),
    ENFORCEMENT_NOT_SUSPENDED(Refusal.CONFLICT, "Enforcement of the decision is not suspended"),
    ENFORCEMENT_SUSPENDED(Refusal.CONFLICT, "Removal is refused while enforcement is suspended"),
    REMOVAL_REQUIRES_FORCED_EXPULSION_DECISION(Refusal.UNPROCESSABLE, "Only a forced expulsion decision is executed by removal"),
    DEPARTURE_DEADLINE_NOT_MISSED(Refusal.CONFLICT, "The voluntary departure deadline has not passed, or is no longer pending"),

    // entry bans
    ENTRY_BAN_NOT_FOUND(Refusal.NOT_FOUND, "No entry ban with this id exists in the case"),
    ENTRY_BAN_NOT_IN_FORCE(Refusal.CONFLICT, "The entry ban has expired or was lifted"),
    ENTRY_BAN_CANNOT_BE_LENGTHENED(Refusal.UNPROCESSABLE, "An entry ban can be shortened but never lengthened; a longer ban needs a new decision"),
    ENTRY_BAN_NOT_DUE_TO_EXPIRE(Refusal.CONFLICT, "The entry ban is not running or its end has not passed"),

    // four eyes: decision approval and clerical corrections
    APPROVAL_RESERVED_FOR_SUPERVISORS(Refusal.FORBIDDEN, "Only a supervisor of the case's institution approves decisions and decides on clerical corrections"),
    FOUR_EYES_REQUIRED(Refusal.FORBIDDEN, "Whoever issued a decision or proposed a correction cannot also approve it"),
    DECISION_AWAITING_APPROVAL(Refusal.CONFLICT, "The decision awaits a supervisor's approval before it is served or enforced"),
    DECISION_NOT_AWAITING_APPROVAL(Refusal.CONFLICT, "The decision does not await approval"),
    CORRECTION_NOT_FOUND(Refusal.NOT_FOUND, "No clerical correction with this id exists in the case"),
    CORRECTION_ALREADY_EXISTS(Refusal.CONFLICT, "A clerical correction with this id already exists in the case"),
    CORRECTION_NOT_PENDING(Refusal.CONFLICT, "The clerical correction was already approved or rejected"),
    CORRECTION_ALREADY_PROPOSED(Refusal.CONFLICT, "A correction of this detail of this event already awaits a decision"),
    CORRECTED_EVENT_NOT_FOUND(Refusal.NOT_FOUND, "The event to correct is not part of this case"),
    FIELD_NOT_CORRECTABLE(Refusal.UNPROCESSABLE, "This detail of this event cannot be corrected as a clerical error"),
    CORRECTED_VALUE_INVALID(Refusal.UNPROCESSABLE, "The corrected value is not a valid value of the detail"),
    CORRECTION_CHANGES_NOTHING(Refusal.UNPROCESSABLE, "The corrected value equals the value recorded"),

    // concurrency
    VERSION_MISMATCH(Refusal.STALE_VERSION, "The resource changed since the version the request was based on"),
    CONCURRENT_MODIFICATION(Refusal.CONFLICT, "Another change to the same resource was recorded at the same moment; retry"),

    // legal limits
    NO_LEGAL_LIMITS_IN_FORCE(Refusal.UNPROCESSABLE, "No legal limits are configured for the date the act takes effect");

    private final Refusal refusal;
    private final String description;

    Rule(Refusal refusal, String description) {
        this.refusal = refusal;
        this.description = description;
    }

    public Refusal refusal() {
        return refusal;
    }

    public String description() {
        return description;
    }

    /** Throws when {@code holds} is false; reads as the rule it checks at the call site. */
    public void require(boolean holds, String detail) {
        if (!holds) {
            throw new RuleViolation(this, detail);
        }
    }

    public RuleViolation violation(String detail) {
        return new RuleViolation(this, detail);
    }
}
