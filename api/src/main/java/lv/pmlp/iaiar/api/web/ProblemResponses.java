package lv.pmlp.iaiar.api.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lv.pmlp.iaiar.command.rules.Refusal;
import lv.pmlp.iaiar.command.rules.Rule;
import lv.pmlp.iaiar.command.rules.RuleViolation;
import lv.pmlp.iaiar.command.rules.RuleViolations;

/**
 * The one place where failures become RFC 9457 problem details. Every problem has a stable {@code code};
 * rule refusals carry the rule's name, bad input lists each field in {@code errors}. No stack trace, class
 * name or internal message of an unexpected failure ever reaches the body.
 */
@Component
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_PREFIX = "urn:iaiar:problem:";

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    /** A field-level input error: which field, what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static HttpStatus statusOf(Refusal refusal) {
        return switch (refusal) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case STALE_VERSION -> HttpStatus.PRECONDITION_FAILED;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }

    public ProblemDetail forRule(RuleViolation violation) {
        Rule rule = violation.rule();
        ProblemDetail problem = problem(statusOf(rule.refusal()), rule.name(), rule.description(), violation.getMessage());
        problem.setProperty("rule", rule.name());
        return problem;
    }

    public ProblemDetail invalidInput(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "The request is not valid",
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are not valid");
        problem.setProperty("errors", errors);
        return problem;
    }

    public ProblemDetail problem(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }

    /**
     * Maps any failure of a command. A refusal by rule keeps its code; a concurrent append is a conflict the
     * caller may retry; anything else is an internal error whose details go to the log only.
     */
    public ProblemDetail forCommandFailure(Throwable failure) {
        Optional<RuleViolation> violation = RuleViolations.unwrap(failure);
        if (violation.isPresent()) {
            return forRule(violation.get());
        }
        // Axon checks an expected version when the unit of work commits, after every interceptor has returned.
        ConflictingAggregateVersionException stale = cause(failure, ConflictingAggregateVersionException.class);
        if (stale != null) {
            return forRule(Rule.VERSION_MISMATCH.violation("Expected version " + stale.getExpectedVersion()
                    + " but the resource is at version " + stale.getActualVersion()));
        }
        if (cause(failure, ConcurrencyException.class) != null) {
            return forRule(Rule.CONCURRENT_MODIFICATION.violation(Rule.CONCURRENT_MODIFICATION.description()));
        }
        return internal(failure);
    }

    public ProblemDetail internal(Throwable failure) {
        log.error("Unexpected failure", failure);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "The register could not complete the request",
                "The failure was logged; nothing was recorded unless a later read shows it");
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"iaiar\"");
        write(response, problem(HttpStatus.UNAUTHORIZED, "AUTHENTICATION_REQUIRED", "Authentication required",
                "Sign in to use the register"));
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(response, problem(HttpStatus.FORBIDDEN, "ACCESS_DENIED", "Not allowed for your role",
                "Your role may not " + request.getMethod() + " " + request.getRequestURI()));
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problemBody(problem));
    }

    private static Map<String, Object> problemBody(ProblemDetail problem) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
