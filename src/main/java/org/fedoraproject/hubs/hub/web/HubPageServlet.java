package org.fedoraproject.hubs.hub.web;

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
import static org.fedoraproject.hubs.web.HtmlPages.escape;

import org.fedoraproject.hubs.account.Authorization;
import org.fedoraproject.hubs.account.Caller;
import org.fedoraproject.hubs.account.CallerFilter;
import org.fedoraproject.hubs.push.HubStreams;
import org.fedoraproject.hubs.web.HtmlPages;
import org.fedoraproject.hubs.hub.HubType;
import org.fedoraproject.hubs.hub.HubService;
import org.fedoraproject.hubs.hub.Hub;

/**
 * The hub pages, {@code /u/<user>/} and {@code /t/<team>/}: the page template with the hub's name,
 * the signed-in caller's name (for the widget views) and whether they may edit the hub, and the id
 * of the newest live event, so the page's stream starts exactly where the page is. A GET never
 * stores anything: a missing hub gets a "no hub yet" page.
 */
@WebServlet(urlPatterns = {"/u/*", "/t/*"})
public class HubPageServlet extends HttpServlet {

    private static final String TEMPLATE = "/WEB-INF/templates/hub.html";

    @Inject
    HubService hubs;

    @Inject
    HubStreams streams;

    @Inject
    Authorization authorization;

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
        HubType wanted = userPage ? HubType.USER : HubType.TEAM;
        Optional<Hub> hub = hubs.find(name).filter(h -> h.type() == wanted);
        if (hub.isEmpty()) {
            noHubYet(response, name, userPage);
            return;
        }
        Caller caller = CallerFilter.of(request);
        String page = template
                .replace("{{caller}}", caller.signedIn() ? escape(caller.name()) : "")
                .replace("{{hub}}", escape(hub.get().name()))
                .replace("{{hubType}}", hub.get().type().key())
                .replace("{{hubTitle}}", escape(hub.get().settings().getOrDefault("title", hub.get().name())))
                .replace("{{since}}", Long.toString(streams.lastEventId()))
                .replace("{{canEdit}}", Boolean.toString(authorization.mayEdit(caller, hub.get())));
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(page);
    }

    /** A clear page for a hub that does not exist (yet); nothing is stored. */
    private static void noHubYet(HttpServletResponse response, String name, boolean userPage) throws IOException {
        String what = userPage
                ? escape(name) + " has no hub yet: a user's hub appears when they first sign in to Hubs."
                : "There is no team hub named " + escape(name) + ". Signed-in users can create one on the front page.";
        HtmlPages.card(response, HttpServletResponse.SC_NOT_FOUND, "No hub yet",
                "<p>" + what + "</p><p><a href=\"/\">Fedora Hubs</a> · <a href=\"/login\">Sign in</a></p>");
    }
}
