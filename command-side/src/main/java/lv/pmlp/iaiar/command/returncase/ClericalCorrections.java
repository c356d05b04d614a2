package lv.pmlp.iaiar.command.returncase;

import java.util.regex.Pattern;

import lv.pmlp.iaiar.command.rules.Rule;
import lv.pmlp.iaiar.events.returncase.CorrectableField;

/** What a corrected value must look like, per detail; the same shapes the original commands accept. */
final class ClericalCorrections {

    static final int MAXIMUM_LENGTH = 200;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private ClericalCorrections() {
    }

    static void requireValid(CorrectableField field, String value) {
        Rule.CORRECTED_VALUE_INVALID.require(value != null && !value.isBlank() && value.length() <= MAXIMUM_LENGTH,
                field + " needs a value of 1 to " + MAXIMUM_LENGTH + " characters");
        switch (field) {
            case SERVICE_LANGUAGE -> Rule.CORRECTED_VALUE_INVALID.require(LANGUAGE.matcher(value).matches(),
                    "SERVICE_LANGUAGE must be an ISO 639 language code such as \"ru\"");
            case INTERPRETER_USED -> Rule.CORRECTED_VALUE_INVALID.require(value.equals("true") || value.equals("false"),
                    "INTERPRETER_USED must be \"true\" or \"false\"");
            default -> {
                // free text: legal provision, crossing point, court or authority, ruling reference
            }
        }
    }
}
