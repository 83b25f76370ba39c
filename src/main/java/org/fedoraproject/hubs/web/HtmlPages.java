package org.fedoraproject.hubs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The few plain pages that servlets answer by themselves (no hub yet, sign-in did not complete,
 * sign out?): one page shell, Hubs' style sheet, no script, never cached. Text from outside goes
 * through {@link #escape}.
 */
public final class HtmlPages {

    private HtmlPages() {
    }

    /** A page with one card: {@code title} as its heading, {@code body} (HTML) below it. */
    public static void card(HttpServletResponse response, int status, String title, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + escape(title) + " — Fedora Hubs</title><link rel=\"stylesheet\" href=\"/static/hubs.css\"></head>"
                + "<body><main class=\"page\"><section class=\"card\"><h1>" + escape(title) + "</h1>" + body
                + "</section></main></body></html>");
    }

    /** HTML-escapes text for element content and quoted attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
