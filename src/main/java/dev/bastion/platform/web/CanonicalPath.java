package dev.bastion.platform.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one path every access decision is made on: the path the container dispatches to (servlet path plus
 * path info, already percent-decoded, stripped of {@code ;} parameters and dot segments), never the raw
 * request URI, which {@code /%61dmin/}, {@code //admin/}, {@code /x/../admin/} or {@code /admin;x=1/}
 * spell differently from the page they reach. A request whose path still is not plain after the
 * container's work, or whose raw form encodes a character that layers decode differently (an encoded
 * slash, backslash, percent, dot, semicolon or control character), has no single meaning and is refused.
 */
public final class CanonicalPath {

    /** Encodings no Bastion URL needs and that a second decoding (or a different layer) reads as something else. */
    private static final Pattern AMBIGUOUS_ENCODING = Pattern.compile("%(2[fFeE5]|5[cC]|3[bB]|[01][0-9a-fA-F]|7[fF])");

    /** What is left after the container normalised the path and must not be: empty or dot segments, parameters, backslashes, controls. */
    private static final Pattern NOT_PLAIN = Pattern.compile("//|/\\.\\.?(/|$)|[;\\\\%\\x00-\\x1f\\x7f]");

    private CanonicalPath() {
    }

    /**
     * @param rawPath     the request URI after the context root, as the client sent it
     * @param servletPath {@code HttpServletRequest.getServletPath()}
     * @param pathInfo    {@code HttpServletRequest.getPathInfo()}, may be null
     * @return the path to decide on, or empty when the request must be refused as ambiguous
     */
    public static Optional<String> of(String rawPath, String servletPath, String pathInfo) {
        if (rawPath == null || AMBIGUOUS_ENCODING.matcher(rawPath).find()) {
            return Optional.empty();
        }
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        if (path.isEmpty()) {
            path = "/";
        }
        if (!path.startsWith("/") || NOT_PLAIN.matcher(path).find()) {
            return Optional.empty();
        }
        return Optional.of(path);
    }
}
