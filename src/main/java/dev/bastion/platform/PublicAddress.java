package dev.bastion.platform;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a base URL is one that services on the internet can load from: Discord fetches a post's
 * avatar and icons itself, so an address on this machine or its private network (localhost, 127.0.0.1,
 * 10.x, 192.168.x, a bare intranet name) would only show broken images. Decided from the URL alone,
 * without a DNS lookup.
 */
public final class PublicAddress {

    private PublicAddress() {
    }

    /** The URL without a trailing slash when it is absolute http(s) on a public host; else empty. */
    public static Optional<String> reachable(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!(scheme.equals("http") || scheme.equals("https")) || host == null || !publicHost(host.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(trimmed);
    }

    private static boolean publicHost(String host) {
        if (host.startsWith("[") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return publicIp(host.replace("[", "").replace("]", ""));
        }
        // A name: not this machine, and not a bare intranet name (a public host has a dot).
        return !host.equals("localhost") && !host.endsWith(".localhost") && host.contains(".") && !host.endsWith(".");
    }

    private static boolean publicIp(String literal) {
        try {
            InetAddress a = InetAddress.getByName(literal); // a literal: parsed, never looked up
            byte[] b = a.getAddress();
            boolean uniqueLocal6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
            return !(a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                    || a.isMulticastAddress() || uniqueLocal6);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
