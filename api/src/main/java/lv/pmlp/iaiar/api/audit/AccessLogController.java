package lv.pmlp.iaiar.api.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import lv.pmlp.iaiar.api.security.CurrentActor;

/** Auditors read the access log by person and by user; reading it is itself logged. Nothing can change it. */
@RestController
@RequestMapping("/api/v1/access-log")
@Tag(name = "Access log")
class AccessLogController {

    private final AccessLog log;
    private final CurrentActor actor;

    AccessLogController(AccessLog log, CurrentActor actor) {
        this.log = log;
        this.actor = actor;
    }

    @GetMapping
    @Operation(summary = "Who read which person's data: by person and/or by user, newest first")
    AccessLog.Page find(HttpServletRequest request,
                        @RequestParam(required = false) @Size(max = 64) String personId,
                        @RequestParam(required = false) @Size(max = 100) String userId,
                        @RequestParam(defaultValue = "0") @Min(0) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        AccessLog.Page found = log.find(personId, userId, page, size);
        log.recordRead(request, actor.get(), found.items().stream().flatMap(e -> e.personIds().stream()).distinct().toList());
        return found;
    }
}
