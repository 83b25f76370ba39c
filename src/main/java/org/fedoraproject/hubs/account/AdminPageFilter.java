package org.fedoraproject.hubs.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fedoraproject.hubs.account.AccessRules.Decision;

/**
 * {@code /admin/}: admins only. An anonymous browser is sent to sign in; a signed-in non-admin gets
 * 403. (The page's data, {@code /api/admin/*}, is guarded by the same rule in its resource.)
 */
public class AdminPageFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Decision decision = AccessRules.administer(CallerFilter.of(request));
        if (decision.allowed()) {
            chain.doFilter(request, response);
        } else if (decision.status() == HttpServletResponse.SC_UNAUTHORIZED) {
            response.sendRedirect(request.getContextPath() + "/login");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, decision.reason());
        }
    }
}
