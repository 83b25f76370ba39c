package org.fedoraproject.hubs.demo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The demo's stand-ins for the services widgets read: {@code /demo/api/<service>/<path>} answers
 * what the story recorded for {@code <path>} (point {@code hubs.<service>.url} at
 * {@code /demo/api/<service>}). Read-only, answers only while the demo runs, 404 otherwise.
 */
@WebServlet("/demo/api/*")
public class DemoServiceServlet extends HttpServlet {

    @Inject
    DemoServices services;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String route = Optional.ofNullable(request.getPathInfo()).orElse("/");
        int slash = route.indexOf('/', 1);
        String service = slash < 0 ? route.substring(1) : route.substring(1, slash);
        String path = slash < 0 ? "/" : route.substring(slash);
        Optional<String> answer = services.answer(service, path, request.getQueryString());
        if (answer.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "The demo has no recorded answer for this request");
            return;
        }
        response.setContentType(answer.get().startsWith("<") ? "text/xml;charset=UTF-8" : "application/json;charset=UTF-8");
        response.getWriter().write(answer.get());
    }

    /** Koji's XML-RPC API is POSTed to; its recorded answers do not depend on the call's body. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}
