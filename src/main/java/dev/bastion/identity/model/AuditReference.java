package dev.bastion.identity.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something an audit entry names by ID, found in its target or values, so that a page shows a label
 * instead of the bare ID: {@code webhook=2} in a tracker's values, {@code character Aria Valen (2112000001)} (also
 * after {@code main} or {@code as}),
 * {@code killmail 131000001}, {@code owns character 2112000001}, and each ID of a state's member lists
 * ({@code corporations=[98000001 98000002]}: one reference per ID, its text the digits). {@code text} is the exact
 * text matched.
 */
public record AuditReference(Kind kind, long id, Field field, String text) {

    /** What the ID names. */
    public enum Kind { CHARACTER, WEBHOOK, KILLMAIL, CORPORATION, ALLIANCE, FACTION }

    /** Where in the entry it was found. */
    public enum Field { TARGET, BEFORE, AFTER }

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.WEBHOOK, Pattern.compile("\\bwebhook=(\\d{1,18})\\b")),
            // "character Aria Valen (2112000001)", "main Aria Valen (...)", "login as Aria Valen (...)": a name and its ID.
            new Rule(Kind.CHARACTER, Pattern.compile("\\b(?:character|main|as) [^(),;]+? \\((\\d{1,18})\\)")),
            new Rule(Kind.CHARACTER, Pattern.compile("\\bowns character (\\d{1,18})\\b")),
            new Rule(Kind.KILLMAIL, Pattern.compile("^killmail (\\d{1,18})$")));

    private record Rule(Kind kind, Pattern pattern) {
    }

    /** A state's member lists as {@code State.describe} writes them, each ID separated by spaces. */
    private static final Pattern MEMBER_LIST = Pattern.compile("\\b(characters|corporations|alliances|factions)=\\[([\\d ]*)]");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    /** The references of one entry, target first, each in the order it appears. */
    public static List<AuditReference> in(String target, String before, String after) {
        List<AuditReference> out = new ArrayList<>();
        find(Field.TARGET, target, out);
        find(Field.BEFORE, before, out);
        find(Field.AFTER, after, out);
        return out;
    }

    private static void find(Field field, String text, List<AuditReference> out) {
        if (text == null) {
            return;
        }
        List<int[]> spans = new ArrayList<>();
        List<AuditReference> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), found.size()});
                found.add(new AuditReference(rule.kind(), Long.parseLong(m.group(1)), field, m.group()));
            }
        }
        Matcher list = MEMBER_LIST.matcher(text);
        while (list.find()) {
            Kind kind = switch (list.group(1)) {
                case "characters" -> Kind.CHARACTER;
                case "corporations" -> Kind.CORPORATION;
                case "alliances" -> Kind.ALLIANCE;
                default -> Kind.FACTION;
            };
            Matcher id = ID.matcher(list.group(2));
            while (id.find()) {
                spans.add(new int[] {list.start(2) + id.start(), found.size()});
                found.add(new AuditReference(kind, Long.parseLong(id.group()), field, id.group()));
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        spans.forEach(s -> out.add(found.get(s[1])));
    }
}
