package dev.bastion.identity.web;

import dev.bastion.identity.model.AuditReference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit entry's target, before or after as the audit page shows it: the words as they were recorded, with
 * every ID the entry names ({@link AuditReference}) replaced by a label (a character with its portrait, a
 * webhook or an organisation by name) or, for a killmail, a link to zKillboard.
 */
public final class AuditText {

    /** Where a killmail is shown to people: zKillboard's page of it. */
    static final String ZKILLBOARD_KILL = "https://zkillboard.com/kill/";

    private static final Pattern NAMED_CHARACTER = Pattern.compile("^((?:character|main|as) )(.*) \\((\\d{1,18})\\)$");

    /**
     * One piece of a value. {@code kind} is "text" (the words in {@code text}), "link" ({@code text} linking to
     * {@code href}) or the entity label kind ("character", "webhook", "corporation", "alliance", "faction") of
     * {@code id}, with the name the entry recorded in {@code text} (null: the label looks it up).
     */
    public record Segment(String kind, String text, Long id, String href) {
        static Segment words(String text) {
            return new Segment("text", text, null, null);
        }
    }

    private AuditText() {
    }

    /** The value cut into words and labels, in order; the whole value as words when it names nothing. */
    static List<Segment> of(String value, List<AuditReference> references, AuditReference.Field field) {
        List<Segment> out = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            return out;
        }
        int at = 0;
        for (AuditReference ref : references) {
            if (ref.field() != field) {
                continue;
            }
            int start = value.indexOf(ref.text(), at);
            if (start < 0) {
                continue;
            }
            if (start > at) {
                out.add(Segment.words(value.substring(at, start)));
            }
            label(ref, out);
            at = start + ref.text().length();
        }
        if (at < value.length()) {
            out.add(Segment.words(value.substring(at)));
        }
        return out;
    }

    private static void label(AuditReference ref, List<Segment> out) {
        String kind = ref.kind().name().toLowerCase(Locale.ROOT);
        switch (ref.kind()) {
            case KILLMAIL -> out.add(new Segment("link", "killmail " + ref.id(), ref.id(), ZKILLBOARD_KILL + ref.id() + "/"));
            case WEBHOOK -> {
                out.add(Segment.words("webhook "));
                out.add(new Segment(kind, null, ref.id(), null));
            }
            default -> {
                Matcher named = NAMED_CHARACTER.matcher(ref.text());
                if (ref.kind() == AuditReference.Kind.CHARACTER && named.matches()) {
                    out.add(Segment.words(named.group(1)));
                    out.add(new Segment(kind, named.group(2), ref.id(), null));
                } else {
                    // "owns character 2112000001" keeps its words; a member list's ID is the label alone.
                    String lead = ref.text().substring(0, ref.text().length() - String.valueOf(ref.id()).length());
                    if (!lead.isEmpty()) {
                        out.add(Segment.words(lead));
                    }
                    out.add(new Segment(kind, null, ref.id(), null));
                }
            }
        }
    }
}
