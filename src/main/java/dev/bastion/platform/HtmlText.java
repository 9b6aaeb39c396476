package dev.bastion.platform;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Undoes HTML character references (numeric and the five XML names), for text that arrives encoded. */
public final class HtmlText {

    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'");

    private HtmlText() {
    }

    public static String decode(String s) {
        Matcher m = REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String text;
            if (ref.charAt(0) != '#') {
                text = NAMED.get(ref);
            } else {
                int cp = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
                        ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                text = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }
}
