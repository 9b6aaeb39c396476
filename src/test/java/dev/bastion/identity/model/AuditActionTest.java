package dev.bastion.identity.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditActionTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** Every call that writes an audit entry, up to its second argument, the action. */
    private static final Pattern RECORD = Pattern.compile("\\baudit\\.record\\(\\s*[^,;]+?,\\s*([^,;]+?),", Pattern.DOTALL);
    private static final Pattern CONSTANT = Pattern.compile("AuditAction\\.([A-Z_]+)");

    @Test
    void everyActionHasACodeOfItsOwnAndAPhrase() {
        Set<String> codes = Arrays.stream(AuditAction.values()).map(AuditAction::code).collect(Collectors.toSet());
        assertEquals(AuditAction.values().length, codes.size(), "codes are unique");
        for (AuditAction a : AuditAction.values()) {
            assertTrue(a.code().matches("[a-z]+(\\.[a-z-]+)+"), a.code());
            assertFalse(a.phrase().isBlank(), a + " has no phrase");
            assertFalse(a.phrase().contains(a.code()), a + "'s phrase is its code");
            assertEquals(Optional.of(a), AuditAction.byCode(a.code()));
        }
    }

    /**
     * Reads every audit write in src/main: each names its action by an {@link AuditAction} constant (so the
     * action has a phrase), never by a bare string; and every constant is written somewhere (no phrase for
     * an action nothing records).
     */
    @Test
    void everyActionWrittenInTheCodeHasAPhraseAndEveryPhraseIsWritten() throws IOException {
        List<String> bare = new ArrayList<>();
        Set<String> written = new java.util.TreeSet<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = RECORD.matcher(Files.readString(f));
                while (m.find()) {
                    calls++;
                    String action = m.group(1);
                    Matcher c = CONSTANT.matcher(action);
                    boolean any = false;
                    while (c.find()) {
                        any = true;
                        written.add(c.group(1));
                    }
                    if (!any || action.contains("\"")) {
                        bare.add(SOURCES.relativize(f) + ": " + action.strip());
                    }
                }
            }
        }
        assertTrue(calls > 30, "the scan found the audit writes (" + calls + ")");
        assertEquals(List.of(), bare, "audit actions must be AuditAction constants, each with its phrase");
        Set<String> constants = Arrays.stream(AuditAction.values()).map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertTrue(constants.containsAll(written), "unknown constants " + written);
        assertEquals(constants, written, "every action is written somewhere");
    }

    @Test
    void aStoredCodeNoLongerWrittenIsShownAsItIs() {
        assertEquals("Logged in", AuditAction.phraseOf("user.login"));
        assertEquals("tracker.renamed", AuditAction.phraseOf("tracker.renamed"));
        assertEquals(Optional.empty(), AuditAction.byCode(null));
    }
}
