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
    /**
     * HTTP/1.1, as the browsers' connections to a portal behind a proxy are: the JDK client's h2c upgrade
     * against Liberty left a request hanging now and then. Every request also has a time limit, so a hang
     * fails its test instead of stalling the build.
     */
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    static {
        try {
            awaitReady();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Http() {
    }

    /**
     * Waits until the application answers ready: on a loaded machine Liberty reports the server started
     * while the WAR is still starting, and the first test class would meet 404s.
     */
    static void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (true) {
            try {
                if (get("/health/ready").statusCode() == 200 && get("/login").statusCode() != 404) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The test server did not become ready at " + BASE);
            }
            Thread.sleep(1000);
        }
    }

    static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(REQUEST_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, String header, String value) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(REQUEST_TIMEOUT).header(header, value)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postJson(String path, String json) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postForm(String path, String form, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> delete(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(REQUEST_TIMEOUT).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A response read off the wire: status, headers with lower-case names, body. */
    record RawResponse(int status, java.util.Map<String, String> headers, String body) {
    }

    /**
     * One request written byte for byte on a socket, so that the path reaches the server exactly as given
     * ({@code /%61dmin/}, {@code //admin/}, {@code /x/../admin/}): a URI-based client may normalise it first.
     * HTTP/1.0, so that the body is not chunked.
     */
    static RawResponse raw(String method, String rawPath, String sessionId, String form) throws Exception {
        URI base = URI.create(BASE);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            StringBuilder req = new StringBuilder(method + " " + rawPath + " HTTP/1.0\r\nHost: " + base.getAuthority() + "\r\n");
            if (sessionId != null) {
                req.append("Cookie: JSESSIONID=").append(sessionId).append("\r\n");
            }
            byte[] body = form == null ? new byte[0] : form.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (form != null) {
                req.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            req.append("\r\n");
            socket.getOutputStream().write(req.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            String all = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            String[] head = all.substring(0, end).split("\r\n");
            java.util.Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(), head[i].substring(colon + 1).trim());
            }
            return new RawResponse(Integer.parseInt(head[0].split(" ")[1]), headers, all.substring(end + 4));
        }
    }

    static JsonStructure json(HttpResponse<String> response) {
        try (var r = Json.createReader(new StringReader(response.body()))) {
            return r.read();
        }
    }
}
