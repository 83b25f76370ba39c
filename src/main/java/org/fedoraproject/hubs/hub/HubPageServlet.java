package org.fedoraproject.hubs.hub;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.fedoraproject.hubs.push.HubStreams;

/**
 * The hub pages, {@code /u/<user>/} and {@code /t/<team>/}: the page template with the hub's name
 * and the id of the newest live event, so the page's stream starts exactly where the page is.
 */
@WebServlet(urlPatterns = {"/u/*", "/t/*"})
public class HubPageServlet extends HttpServlet {

    private static final String TEMPLATE = "/WEB-INF/templates/hub.html";

    @Inject
    HubService hubs;

    @Inject
    HubStreams streams;

    private String template;

    @Override
    public void init() throws ServletException {
        try (InputStream in = getServletContext().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new ServletException(TEMPLATE + " is missing from the WAR");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ServletException("cannot read " + TEMPLATE, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String name = path.length() > 1 ? path.substring(1, path.endsWith("/") ? path.length() - 1 : path.length()) : "";
        if (!HubService.isValidName(name)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such hub");
            return;
        }
        if (!path.endsWith("/")) {
            response.sendRedirect(request.getContextPath() + request.getServletPath() + "/" + name + "/");
            return;
        }
        boolean userPage = "/u".equals(request.getServletPath());
        Optional<Hub> hub = userPage ? Optional.of(userHub(name)) : hubs.find(name).filter(h -> h.type() == HubType.TEAM);
        if (hub.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such team hub");
            return;
        }
        String page = template
                .replace("{{hub}}", escape(hub.get().name()))
                .replace("{{hubType}}", hub.get().type().key())
                .replace("{{hubTitle}}", escape(hub.get().settings().getOrDefault("title", hub.get().name())))
                .replace("{{since}}", Long.toString(streams.lastEventId()));
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(page);
    }

    /** The user's hub, created on the first visit; two first visits at once both get it. */
    private Hub userHub(String name) {
        try {
            return hubs.userHub(name);
        } catch (RuntimeException e) { // the other visit created it first: its commit won
            return hubs.find(name).orElseThrow(() -> e);
        }
    }

    /** HTML-escapes text for element content and quoted attribute values. */
    static String escape(String text) {
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
