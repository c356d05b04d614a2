package lv.pmlp.iaiar.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.HdrHistogram.Recorder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The REST API over real HTTP/1.1 with a bearer JWT per user, as production clients call it; every call is timed
 * into the caller's recorder.
 */
final class Http {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final TokenIssuer tokens;

    Http(int port, TokenIssuer tokens) {
        this.base = "http://localhost:" + port + "/api/v1";
        this.tokens = tokens;
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    JsonNode post(String user, String path, Object body, int expected, Recorder latencies) throws IOException, InterruptedException {
        HttpRequest request = builder(user, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        return send(request, expected, latencies);
    }

    JsonNode get(String user, String path, Recorder latencies) throws IOException, InterruptedException {
        return send(builder(user, path).GET().build(), 200, latencies);
    }

    private HttpRequest.Builder builder(String user, String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                // searches must state their purpose (access log); other routes ignore it
                .header("X-Purpose", "benchmark")
                .header("Authorization", "Bearer " + tokens.token(user));
    }

    private JsonNode send(HttpRequest request, int expected, Recorder latencies) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException(request.method() + " " + request.uri().getPath() + " answered " + response.statusCode()
                    + ": " + abbreviate(response.body()));
        }
        // only answers that did what was asked count: a fast refusal must not improve the percentiles
        if (latencies != null) {
            ClosedLoop.time(latencies, started);
        }
        String body = response.body();
        return body == null || body.isBlank() ? json.nullNode() : json.readTree(body);
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + " ...";
    }
}
