package lv.pmlp.iaiar.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Lazy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Talks to the running application over real HTTP as one of the development users (password "dev"). */
@TestComponent
@Lazy
public class RegisterClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final int port;

    public RegisterClient(@LocalServerPort int port) {
        this.port = port;
    }

    public record Response(int status, Map<String, String> headers, JsonNode body) {

        public String id() {
            return body.get("id").asText();
        }

        public String etag() {
            return headers.get("etag");
        }

        public String code() {
            return body.path("code").asText(null);
        }

        public String idOf(String purpose) {
            return body.path("ids").path(purpose).asText(null);
        }
    }

    public Response post(String user, String path, Object body) {
        return post(user, path, body, Map.of());
    }

    public Response post(String user, String path, Object body, Map<String, String> headers) {
        try {
            String content = body instanceof String s ? s : json.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8));
            return send(user, request, headers);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Response get(String user, String path) {
        return getWith(user, path, Map.of());
    }

    public Response getWith(String user, String path, Map<String, String> headers) {
        return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), headers);
    }

    public Response delete(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE(), Map.of());
    }

    public record TextResponse(int status, Map<String, String> headers, String text) {
    }

    /** A GET whose answer is not JSON (CSV, SVG). */
    public TextResponse getText(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":dev").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> responseHeaders.put(k.toLowerCase(), String.join(",", v)));
            return new TextResponse(response.statusCode(), responseHeaders, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response send(String user, HttpRequest.Builder request, Map<String, String> headers) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":dev").getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> responseHeaders.put(k.toLowerCase(), String.join(",", v)));
            JsonNode body = response.body() == null || response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
            return new Response(response.statusCode(), responseHeaders, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
