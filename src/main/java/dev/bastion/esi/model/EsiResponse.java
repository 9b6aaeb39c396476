package dev.bastion.esi.model;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What came back from one HTTP exchange with ESI: status, body and the headers Bastion reads. */
public record EsiResponse(int status, String body, Map<String, String> headers) {

    public EsiResponse {
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(headers);
        headers = caseInsensitive;
    }

    public String header(String name) {
        return headers.get(name);
    }

    public Optional<Instant> expires() {
        return httpDate(header("Expires"));
    }

    public Optional<String> etag() {
        return Optional.ofNullable(header("ETag"));
    }

    public int pages() {
        String p = header("X-Pages");
        try {
            return p == null ? 1 : Math.max(1, Integer.parseInt(p.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Retry-After in seconds (ESI and Discord send whole or fractional seconds). */
    public Optional<Double> retryAfterSeconds() {
        String v = header("Retry-After");
        try {
            return v == null ? Optional.empty() : Optional.of(Double.parseDouble(v.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Instant> httpDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
