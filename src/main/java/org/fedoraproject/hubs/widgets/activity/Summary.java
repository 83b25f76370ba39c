package org.fedoraproject.hubs.widgets.activity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A one-line, plain-text account of a message and where to read more: {@code link} is an http(s)
 * URL or null. The text is shown as text, never as HTML.
 */
public record Summary(String text, String link) {

    /** Longer lines are cut: a summary is one line of a narrow widget. */
    static final int MAX_TEXT = 300;
    /** Longer quoted titles are cut, so the rest of the line stays readable. */
    static final int MAX_TITLE = 120;
    private static final int MAX_LINK = 2000;
    private static final Pattern WEB = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public Summary {
        text = clip(SPACES.matcher(text).replaceAll(" ").strip(), MAX_TEXT);
        link = web(link);
    }

    /** {@code url} if it is an http(s) URL of at most 2000 characters, else null. */
    static String web(String url) {
        return url != null && url.length() <= MAX_LINK && WEB.matcher(url).matches() ? url : null;
    }

    /** {@code title} in single quotes, cut to {@value #MAX_TITLE} characters. */
    static String quoted(String title) {
        return "'" + clip(SPACES.matcher(title).replaceAll(" ").strip(), MAX_TITLE) + "'";
    }

    /** One path segment of a URL built from message fields (a user name, a project). */
    static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code count noun} with an English plural: "1 commit", "3 commits". */
    static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1; // and the ellipsis
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never half a character
        }
        return text.substring(0, end) + "…";
    }
}
