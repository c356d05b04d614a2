package lv.pmlp.iaiar.api.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import lv.pmlp.iaiar.api.security.CurrentActor;
import lv.pmlp.iaiar.command.CommandResult;
import lv.pmlp.iaiar.events.Actor;

/**
 * Sends one command for one HTTP request and shapes the answer: 201 with the new resource's id and version,
 * or 204 with the version in {@code ETag}; a refusal as problem details. Requests with an
 * {@code Idempotency-Key} are applied once: new ids are derived from the key, so even a copy that slips past
 * the stored response addresses the same resources.
 */
@Component
public class CommandExecutor {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String CORRELATION_ID = "X-Correlation-Id";
    private static final Pattern SAFE_TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final CommandGateway gateway;
    private final IdempotencyStore idempotency;
    private final ProblemResponses problems;
    private final CurrentActor currentActor;
    private final ObjectMapper json;

    CommandExecutor(CommandGateway gateway, IdempotencyStore idempotency, ProblemResponses problems,
                    CurrentActor currentActor, ObjectMapper json) {
        this.gateway = gateway;
        this.idempotency = idempotency;
        this.problems = problems;
        this.currentActor = currentActor;
        this.json = json;
    }

    /** The body of a 201 answer; {@code ids} names every id the request created, by purpose (decision, entry-ban ...). */
    public record Created(String id, long version, Map<String, String> ids) {
    }

    /** What a successful command answers with: a new resource at a location, or no content. */
    public interface Outcome {

        static Outcome created(Function<String, String> location) {
            return new CreatedAt(location);
        }

        static Outcome noContent() {
            return new NoContent();
        }
    }

    record CreatedAt(Function<String, String> location) implements Outcome {
    }

    record NoContent() implements Outcome {
    }

    /** Makes the ids a command needs; stable per idempotency key, random otherwise. */
    public static final class Ids {

        private final String seed;
        private final Map<String, String> issued = new LinkedHashMap<>();

        Ids(String seed) {
            this.seed = seed;
        }

        public String newId(String purpose) {
            return issued.computeIfAbsent(purpose, p -> seed == null ? UUID.randomUUID().toString()
                    : UUID.nameUUIDFromBytes((seed + "\u0000" + p).getBytes(StandardCharsets.UTF_8)).toString());
        }

        Map<String, String> issued() {
            return Map.copyOf(issued);
        }
    }

    /** What a controller hands over: the caller's actor and the ids to put into its command. */
    public record Context(Actor actor, Ids ids, Long expectedVersion) {
    }

    public ResponseEntity<Object> execute(HttpServletRequest request, Object body, Outcome outcome,
                                          Function<Context, Object> commandFactory) {
        Actor actor = currentActor.get();
        String key = token(request, IDEMPOTENCY_KEY);
        String correlationId = token(request, CORRELATION_ID);
        if (correlationId == null) {
            correlationId = UUID.randomUUID().toString();
        }
        Long expectedVersion = expectedVersion(request.getHeader(HttpHeaders.IF_MATCH));
        if (key == null) {
            return run(new Context(actor, new Ids(null), expectedVersion), commandFactory, outcome, correlationId);
        }
        IdempotencyStore.Claim claim = idempotency.claim(actor.userId(), key, fingerprint(request, body));
        if (claim instanceof IdempotencyStore.Replay replay) {
            return replayed(replay.response());
        }
        if (claim instanceof IdempotencyStore.InProgress) {
            return problem(problems.problem(HttpStatus.CONFLICT, "IDEMPOTENT_REQUEST_IN_PROGRESS",
                    "The same request is still being processed", "Retry after the first copy has finished"));
        }
        if (claim instanceof IdempotencyStore.Mismatch) {
            return problem(problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
                    "The Idempotency-Key was used for a different request", "Use a new key for a new request"));
        }
        String claimId = ((IdempotencyStore.Claimed) claim).id();
        ResponseEntity<Object> response = run(new Context(actor, new Ids(actor.userId() + "\u0000" + key), expectedVersion),
                commandFactory, outcome, correlationId);
        if (response.getStatusCode().is5xxServerError()) {
            idempotency.release(claimId);
        } else {
            idempotency.complete(claimId, store(response));
        }
        return response;
    }

    private ResponseEntity<Object> run(Context context, Function<Context, Object> commandFactory, Outcome outcome,
                                       String correlationId) {
        Object command = commandFactory.apply(context);
        Object result;
        try {
            result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Map.of("correlationId", correlationId)));
        } catch (RuntimeException failure) {
            return problem(problems.forCommandFailure(failure));
        }
        CommandResult outcomeOf = result instanceof CommandResult r ? r : new CommandResult(String.valueOf(result), 0);
        String etag = "\"" + outcomeOf.version() + "\"";
        if (outcome instanceof CreatedAt created) {
            return ResponseEntity.created(URI.create(created.location().apply(outcomeOf.id())))
                    .eTag(etag)
                    .header(CORRELATION_ID, correlationId)
                    .body(new Created(outcomeOf.id(), outcomeOf.version(), context.ids().issued()));
        }
        return ResponseEntity.noContent().eTag(etag).header(CORRELATION_ID, correlationId).build();
    }

    private ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private IdempotencyStore.StoredResponse store(ResponseEntity<Object> response) {
        try {
            String body = response.getBody() == null ? null : json.writeValueAsString(response.getBody());
            URI location = response.getHeaders().getLocation();
            return new IdempotencyStore.StoredResponse(response.getStatusCode().value(), body,
                    location == null ? null : location.toString(), response.getHeaders().getETag());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response body cannot be stored", e);
        }
    }

    private static ResponseEntity<Object> replayed(IdempotencyStore.StoredResponse stored) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(stored.status()).header("Idempotent-Replayed", "true");
        if (stored.location() != null) {
            builder.location(URI.create(stored.location()));
        }
        if (stored.etag() != null) {
            builder.eTag(stored.etag());
        }
        if (stored.body() == null) {
            return builder.build();
        }
        MediaType type = stored.status() >= 400 ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON;
        return builder.contentType(type).body(stored.body());
    }

    private static String token(HttpServletRequest request, String header) {
        String value = request.getHeader(header);
        if (value == null) {
            return null;
        }
        if (!SAFE_TOKEN.matcher(value).matches()) {
            throw new InvalidRequestException(header, "must be 1 to 100 letters, digits or . _ : -");
        }
        return value;
    }

    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(HttpHeaders.IF_MATCH, "must be a version number returned in an ETag, e.g. \"3\"");
        }
    }

    private String fingerprint(HttpServletRequest request, Object body) {
        try {
            byte[] content = json.writeValueAsBytes(body);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(content);
            return HexFormat.of().formatHex(digest.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("request cannot be fingerprinted", e);
        }
    }
}
