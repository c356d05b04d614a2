package lv.pmlp.iaiar.api.synthetic;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Loads a synthetic population on request, for demos and test environments. Only administrators may call it
 * (SecurityConfig), and it exists only where {@code register.synthetic-data.enabled=true}; production sets
 * false, so the route answers 404 there.
 */
@RestController
@RequestMapping("/api/v1/admin/synthetic-data")
@ConditionalOnProperty(prefix = "register.synthetic-data", name = "enabled", havingValue = "true")
class SyntheticDataController {

    /** Larger populations belong to the benchmark harness, not to one HTTP request. */
    static final int MAX_PERSONS = 100_000;

    private final SyntheticDataLoader loader;

    SyntheticDataController(SyntheticDataLoader loader) {
        this.loader = loader;
    }

    /** @param seed optional; without one a random seed is used and reported in the answer */
    record LoadRequest(@NotNull @Min(1) @Max(MAX_PERSONS) Integer persons, Long seed) {
    }

    @PostMapping
    ResponseEntity<SyntheticDataLoader.Summary> load(@Valid @RequestBody LoadRequest request) {
        long seed = request.seed() != null ? request.seed() : ThreadLocalRandom.current().nextLong();
        return ResponseEntity.ok(loader.load(request.persons(), seed));
    }
}
