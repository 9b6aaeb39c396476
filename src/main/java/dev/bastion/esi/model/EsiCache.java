package dev.bastion.esi.model;

import java.time.Instant;
import java.util.Optional;

/** Where ESI responses are kept with their ETag and expiry, so that Bastion honours Expires across restarts. */
public interface EsiCache {

    Optional<Entry> get(String key);

    void put(String key, Entry entry);

    void evict(String key);

    /** One cached response. */
    record Entry(String etag, Instant expiresAt, String lastModified, int pages, String body) {
        public Entry withExpiresAt(Instant newExpiry) {
            return new Entry(etag, newExpiry, lastModified, pages, body);
        }
    }
}
