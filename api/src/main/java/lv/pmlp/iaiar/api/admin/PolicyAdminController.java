package lv.pmlp.iaiar.api.admin;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lv.pmlp.iaiar.command.rules.FourEyesPolicy;
import lv.pmlp.iaiar.command.rules.LegalLimits;
import lv.pmlp.iaiar.command.rules.LegalLimitsPolicy;

/**
 * The effective-dated policy parameters in force and scheduled, as the command side applies them. They change
 * through versioned configuration (register.legal-limits, register.four-eyes), not through the API, so every
 * version that a decision was checked against stays in the repository's history.
 */
@RestController
@RequestMapping("/api/v1/admin/policies")
@Tag(name = "Administration: policy parameters")
class PolicyAdminController {

    private final LegalLimitsPolicy legalLimits;
    private final FourEyesPolicy fourEyes;

    PolicyAdminController(LegalLimitsPolicy legalLimits, FourEyesPolicy fourEyes) {
        this.legalLimits = legalLimits;
        this.fourEyes = fourEyes;
    }

    /** Newest version first. */
    record Policies(List<LegalLimits> legalLimits, List<FourEyesPolicy.Version> fourEyes) {
    }

    @GetMapping
    @Operation(summary = "Every version of the legal limits and of the four-eyes policy, newest first")
    Policies policies() {
        return new Policies(legalLimits.versions(), fourEyes.versions());
    }
}
