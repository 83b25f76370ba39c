package org.fedoraproject.hubs.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.fedoraproject.hubs.web.HtmlPages;

/**
 * {@code /logout}: {@code POST} ends the session (the page header's "Sign out" button; cross-site
 * posts are refused by {@link CallerFilter}); {@code GET} changes nothing and shows that button.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HtmlPages.card(response, HttpServletResponse.SC_OK, "Sign out of Fedora Hubs?",
                "<form method=\"post\" action=\"/logout\"><button class=\"button\" type=\"submit\">Sign out</button></form>"
                + "<p><a href=\"/\">Back to Hubs</a></p>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/");
    }
}
