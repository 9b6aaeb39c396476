package dev.bastion.platform.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Item 2 of issue 9: access is decided on the path the container dispatches to, and ambiguous paths are refused. */
class CanonicalPathTest {

    @ParameterizedTest(name = "raw {0} dispatched as {1}{2} is decided as {3}")
    @CsvSource(nullValues = "null", value = {
            "/%61dmin/users.xhtml, /admin/users.xhtml, null, /admin/users.xhtml",
            "//admin/users.xhtml, /admin/users.xhtml, null, /admin/users.xhtml",
            "/./admin/users.xhtml, /admin/users.xhtml, null, /admin/users.xhtml",
            "/x/../admin/users.xhtml, /admin/users.xhtml, null, /admin/users.xhtml",
            "/admin;x=1/users.xhtml, /admin/users.xhtml, null, /admin/users.xhtml",
            "/api/universe/types/587, /api, /universe/types/587, /api/universe/types/587",
            "/, null, null, /",
            "/admin/, /admin/, null, /admin/"})
    void item2_decidesOnTheDispatchedPathNotTheRawOne(String raw, String servletPath, String pathInfo, String expected) {
        assertEquals(Optional.of(expected), CanonicalPath.of(raw, servletPath, pathInfo));
    }

    @ParameterizedTest(name = "raw {0} is refused")
    @ValueSource(strings = {"/admin%2fusers.xhtml", "/admin%2Fusers.xhtml", "/%2e/admin/users.xhtml", "/%2E%2E/admin",
            "/admin%5cusers.xhtml", "/%2561dmin/users.xhtml", "/admin%3bx/users.xhtml", "/admin/users.xhtml%00",
            "/admin/%0ausers.xhtml"})
    void item2_encodingsThatLayersReadDifferentlyAreRefused(String raw) {
        assertEquals(Optional.empty(), CanonicalPath.of(raw, "/admin/users.xhtml", null));
    }

    @ParameterizedTest(name = "dispatched {0} is not plain and is refused")
    @ValueSource(strings = {"//admin/users.xhtml", "/./admin/users.xhtml", "/x/../admin/users.xhtml", "/admin/..",
            "/admin;x=1/users.xhtml", "/admin\\users.xhtml", "admin/users.xhtml", "/admin/%61"})
    void item2_aDispatchedPathTheContainerLeftUnnormalisedIsRefused(String dispatched) {
        assertEquals(Optional.empty(), CanonicalPath.of("/admin/users.xhtml", dispatched, null));
    }
}
