package lv.pmlp.iaiar.api.admin;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lv.pmlp.iaiar.api.web.ProblemResponses;

/** Administrators see where each read model stands and rebuild one or all of them from the log. */
@RestController
@RequestMapping("/api/v1/admin/projections")
@Tag(name = "Administration: read models")
class ProjectionAdminController {

    private final ProjectionRebuilds rebuilds;
    private final ProblemResponses problems;

    ProjectionAdminController(ProjectionRebuilds rebuilds, ProblemResponses problems) {
        this.rebuilds = rebuilds;
        this.problems = problems;
    }

    /** Which projections to rebuild; empty means all of them. */
    record RebuildRequest(@NotNull @Size(max = 10) List<@NotNull String> projections) {
    }

    @GetMapping
    @Operation(summary = "Each read model's position in the log")
    List<RebuildStatus.ProjectionProgress> positions() {
        return rebuilds.positions();
    }

    @PostMapping("/rebuilds")
    @Operation(summary = "Rebuild read models from the log (reset, clear, replay); answers at once with a status to poll")
    ResponseEntity<RebuildStatus> rebuild(@Valid @RequestBody RebuildRequest request) {
        RebuildStatus status = rebuilds.start(request.projections());
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projections/rebuilds/" + status.id())).body(status);
    }

    @GetMapping("/rebuilds/{id}")
    @Operation(summary = "Progress of a rebuild: events processed, total, rate, estimated time left")
    ResponseEntity<Object> status(@PathVariable String id) {
        return rebuilds.status(id).<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(problems.problem(HttpStatus.NOT_FOUND, "REBUILD_NOT_FOUND", "No such rebuild",
                        "No rebuild " + id + " since the application started")));
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
