package lv.pmlp.iaiar.api.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.validation.ConstraintViolationException;
import lv.pmlp.iaiar.api.admin.ProjectionRebuilds;
import lv.pmlp.iaiar.command.rules.RuleViolation;

/** Routes every exception that leaves a controller to {@link ProblemResponses}. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private final ProblemResponses problems;

    ProblemDetailsAdvice(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> refused(RuleViolation violation) {
        return respond(problems.forRule(violation));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e) {
        return respond(problems.invalidInput(List.of(new ProblemResponses.FieldError(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(ProjectionRebuilds.RebuildInProgressException.class)
    ResponseEntity<ProblemDetail> rebuildBusy(ProjectionRebuilds.RebuildInProgressException e) {
        return respond(problems.problem(HttpStatus.CONFLICT, "REBUILD_IN_PROGRESS", "A rebuild is already running", e.getMessage()));
    }

    @ExceptionHandler(ProjectionRebuilds.UnknownProjectionException.class)
    ResponseEntity<ProblemDetail> unknownProjection(ProjectionRebuilds.UnknownProjectionException e) {
        return respond(problems.invalidInput(List.of(new ProblemResponses.FieldError("projections", e.getMessage()))));
    }

    @ExceptionHandler(StatisticsSnapshotNotFoundException.class)
    ResponseEntity<ProblemDetail> snapshotNotFound(StatisticsSnapshotNotFoundException e) {
        return respond(problems.problem(HttpStatus.NOT_FOUND, "STATISTICS_SNAPSHOT_NOT_FOUND", "No such statistics snapshot",
                e.getMessage()));
    }

    /** Method validation outside Spring MVC's own (a proxied bean) reports the parameter's last path segment. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolated(ConstraintViolationException e) {
        List<ProblemResponses.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> {
                    String path = v.getPropertyPath().toString();
                    return new ProblemResponses.FieldError(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
                })
                .sorted(Comparator.comparing(ProblemResponses.FieldError::field))
                .toList();
        return respond(problems.invalidInput(errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badPathOrParameter(MethodArgumentTypeMismatchException e) {
        return respond(problems.invalidInput(List.of(new ProblemResponses.FieldError(e.getName(),
                "is not a valid " + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName())))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        return respond(problems.internal(e));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<ProblemResponses.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(f -> new ProblemResponses.FieldError(f.getField(), f.getDefaultMessage()))
                .collect(Collectors.toList());
        e.getBindingResult().getGlobalErrors().forEach(g ->
                errors.add(new ProblemResponses.FieldError(g.getObjectName(), g.getDefaultMessage())));
        return untyped(problems.invalidInput(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Method validation covers path variables and bodies together; a body's errors are reported per field.
        List<ProblemResponses.FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r instanceof ParameterErrors body
                        ? body.getFieldErrors().stream().map(f -> new ProblemResponses.FieldError(f.getField(), f.getDefaultMessage()))
                        : r.getResolvableErrors().stream().map(err -> new ProblemResponses.FieldError(
                                r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .sorted(Comparator.comparing(ProblemResponses.FieldError::field))
                .toList();
        return untyped(problems.invalidInput(errors));
    }

    /** Names the offending field of an unreadable body instead of echoing the parser's message. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        ProblemResponses.FieldError error;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            error = new ProblemResponses.FieldError(path(unknown), "is not a known field");
        } else if (cause instanceof InvalidFormatException format) {
            error = new ProblemResponses.FieldError(path(format), "has an invalid value '" + format.getValue() + "'"
                    + (format.getTargetType() != null && format.getTargetType().isEnum()
                    ? "; expected one of " + List.of(format.getTargetType().getEnumConstants()) : ""));
        } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            error = new ProblemResponses.FieldError(path(mapping), "has a value of the wrong type or format");
        } else {
            error = new ProblemResponses.FieldError("body", "is missing or not valid JSON");
        }
        return untyped(problems.invalidInput(List.of(error)));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        // Spring's own problem for framework errors (405, 415, ...), with our code added and no internals.
        HttpStatus status = HttpStatus.valueOf(statusCode.value());
        ProblemDetail problem = problems.problem(status, status.name(), status.getReasonPhrase(),
                body instanceof ProblemDetail detail && detail.getDetail() != null ? detail.getDetail() : status.getReasonPhrase());
        return new ResponseEntity<>(problem, headers, statusCode);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<Object> untyped(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
