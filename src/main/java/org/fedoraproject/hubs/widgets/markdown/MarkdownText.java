package org.fedoraproject.hubs.widgets.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown written by hub owners, turned into HTML that a page may insert: the one place where HTML
 * reaches a page from the server. Two independent steps:
 * <ol>
 * <li>commonmark renders the Markdown with raw HTML escaped (written {@code <script>} shows as text);</li>
 * <li>jsoup then keeps only an allow-list of formatting elements and attributes: no script, style,
 * iframe, form or event-handler attribute survives, links keep only absolute {@code http(s)} and
 * {@code mailto} targets and get {@code rel="nofollow noopener"}, images only {@code https} sources.</li>
 * </ol>
 * Either step alone would stop the usual attacks; the second is what the pages rely on, whatever
 * commonmark lets through (URL schemes, entities, a future extension).
 */
public final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    /** The elements and attributes a widget's text may use, and the link schemes it may point to. */
    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre",
                    "blockquote", "ul", "ol", "li", "a", "img")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .addAttributes("ol", "start")
            .addAttributes("img", "src", "alt", "title")
            .addProtocols("img", "src", "https");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private MarkdownText() {
    }

    /** The sanitized HTML of {@code markdown}; empty for no text. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return clean(RENDERER.render(PARSER.parse(markdown)));
    }

    /** The allow-list step alone, on any HTML; what a page may insert. */
    static String clean(String html) {
        // No base URI: relative links (which would point inside Hubs) are dropped with the rest.
        return Jsoup.clean(html, "", ALLOWED, OUTPUT).strip();
    }
}
