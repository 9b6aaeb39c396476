package dev.bastion.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP against the integration-test server, the way a browser or Discord would talk to it. */
final class Http {

    static final String BASE = System.getProperty("bastion.it.base-url", "http://localhost:9180");
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    static {
        awaitApplicationReady();
    }

    private Http() {
    }

    /**
     * The Liberty plugin starts the tests once the server is up, which on a loaded machine can be minutes
     * before the application is: every IT class touches this class first, so it waits here for
     * {@code /health/ready} (up to 5 minutes) instead of failing against a half-started server.
     */
    private static void awaitApplicationReady() {
        long until = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < until) {
            try {
                if (CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + "/health/ready")).timeout(Duration.ofSeconds(10))
                        .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, String header, String value) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + path)).header(header, value)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postJson(String path, String json) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postForm(String path, String form, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> delete(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + path)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonStructure json(HttpResponse<String> response) {
        try (var r = Json.createReader(new StringReader(response.body()))) {
            return r.read();
        }
    }
}
