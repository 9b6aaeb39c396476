package dev.bastion.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Item 5: error messages arrive HTML-encoded from the container and are decoded once, to be escaped once. */
class HtmlTextTest {

    @Test
    void item5_characterReferencesAreDecodedOnce() {
        assertEquals("EVE SSO did not authorise the login (access_denied).",
                HtmlText.decode("EVE SSO did not authorise the login &#40;access_denied&#41;."));
        assertEquals("<b> & \"x\" 'y' é", HtmlText.decode("&lt;b&gt; &amp; &quot;x&quot; &#x27;y&#39; &#233;"));
        assertEquals("&#40;", HtmlText.decode("&amp;#40;"), "decoded once, not twice");
    }

    @Test
    void plainTextIsLeftAlone() {
        assertEquals("100% & more; a&b", HtmlText.decode("100% & more; a&b"));
        assertEquals("&nbsp; &#99999999;", HtmlText.decode("&nbsp; &#99999999;"));
    }
}
