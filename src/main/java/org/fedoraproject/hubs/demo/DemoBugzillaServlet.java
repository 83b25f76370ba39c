package org.fedoraproject.hubs.demo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The demo's stand-in for Bugzilla's {@code /rest/bug} (point {@code hubs.bugzilla.url} at
 * {@code /demo/bugzilla}). Answers only while the demo runs.
 */
@WebServlet("/demo/bugzilla/rest/bug")
public class DemoBugzillaServlet extends HttpServlet {

    @Inject
    DemoBugzilla bugzilla;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer = bugzilla.answer();
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "The demo is not running");
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(answer);
    }
}
