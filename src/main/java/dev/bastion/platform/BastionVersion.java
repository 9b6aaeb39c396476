package dev.bastion.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version the build stamped into the WAR (for the User-Agent, the footer and health). */
public final class BastionVersion {

    private static final String VERSION = load();

    private BastionVersion() {
    }

    public static String get() {
        return VERSION;
    }

    /** "Bastion/0.1.0 (ops@example.org)": product and version, then the operator's contact, as CCP asks of ESI and SSO callers. */
    public static String userAgent(String contact) {
        return userAgent(VERSION, contact);
    }

    public static String userAgent(String version, String contact) {
        return "Bastion/" + version + (contact == null || contact.isBlank() ? "" : " (" + contact.trim() + ")");
    }

    private static String load() {
        try (InputStream in = BastionVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
