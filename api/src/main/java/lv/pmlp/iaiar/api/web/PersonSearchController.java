package lv.pmlp.iaiar.api.web;

import java.time.LocalDate;

import org.axonframework.messaging.responsetypes.ResponseTypes;
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
import lv.pmlp.iaiar.projections.search.names.NameNormaliser;
import lv.pmlp.iaiar.query.search.PersonSearchResponse;
import lv.pmlp.iaiar.query.search.SearchPersonsQuery;

/** Person search: any combination of criteria, all of which must hold; the name in any script or spelling. */
@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Person search")
class PersonSearchController {

    /** Elasticsearch's index.max_result_window. */
    private static final int MAX_WINDOW = 10_000;

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final CurrentActor actor;

    PersonSearchController(QueryGateway queries, AccessLog accessLog, CurrentActor actor) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.actor = actor;
    }

    @GetMapping("/search")
    @Operation(summary = "Search persons by name (any script, with or without diacritics, small typing errors), "
            + "date or year of birth, citizenship, document number, case or decision number")
    PersonSearchResponse search(
            HttpServletRequest request,
            @RequestParam(required = false) @Size(max = 200) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
            @RequestParam(required = false) @Min(1900) @Max(2100) Integer birthYear,
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 alpha-2 code") String citizenship,
            @RequestParam(required = false) @Size(max = 50) String documentNumber,
            @RequestParam(required = false) @Size(max = 50) String caseNumber,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(SearchPersonsQuery.MAX_SIZE) int size) {
        // A search reaches persons the officer has not named yet, so it must say why (domain brief §6, item 2).
        String purpose = AccessLog.purposeOf(request);
        if (purpose == null || purpose.isBlank() || purpose.length() > 200) {
            throw new InvalidRequestException("purpose",
                    "state the purpose or case reference of the search (X-Purpose header or purpose parameter, up to 200 characters)");
        }
        SearchPersonsQuery query = new SearchPersonsQuery(name, dateOfBirth, birthYear, citizenship, documentNumber,
                caseNumber, page, size);
        if (!query.hasCriteria()) {
            throw new InvalidRequestException("query",
                    "give at least one of name, dateOfBirth, birthYear, citizenship, documentNumber, caseNumber");
        }
        if ((long) (page + 1) * size > MAX_WINDOW) {
            throw new InvalidRequestException("page", "only the first " + MAX_WINDOW + " hits can be paged through; narrow the search");
        }
        if (query.name() != null && NameNormaliser.tokens(query.name()).isEmpty()) {
            throw new InvalidRequestException("name", "contains no letters");
        }
        PersonSearchResponse found = queries.query(query, ResponseTypes.instanceOf(PersonSearchResponse.class)).join();
        accessLog.recordRead(request, actor.get(), found.hits().stream().map(h -> h.personId()).toList());
        return found;
    }
}
