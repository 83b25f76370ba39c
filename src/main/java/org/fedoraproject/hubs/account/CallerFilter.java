package org.fedoraproject.hubs.account;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.fedoraproject.hubs.web.ApiStats;
import org.fedoraproject.hubs.web.Problem;

/**
 * Establishes who is calling, for every request: a script's {@code Authorization: Bearer} token
 * (checked by {@link BearerTokens}; a bad one is answered 401 at once), else the browser session's
 * {@link Caller} (set at sign-in), else nobody. A browser's state-changing request must come from
 * this site's own pages: its {@code Sec-Fetch-Site} or {@code Origin} header says where it comes
 * from, and a cross-site one is refused with 403 before anything acts on it. Bearer requests are
 * not ambient (the browser never adds the header by itself), so they need no such check.
 */
public class CallerFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CallerFilter.class.getName());
    private static final String SESSION_CALLER = "hubs.caller";
    private static final String REQUEST_CALLER = CallerFilter.class.getName() + ".caller";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    BearerTokens tokens;

    @Inject
    ApiStats stats;

    /** The caller that this filter established for the request. */
    public static Caller of(HttpServletRequest request) {
        Object caller = request.getAttribute(REQUEST_CALLER);
        return caller instanceof Caller known ? known : Caller.ANONYMOUS;
    }

    static void remember(HttpSession session, Caller caller) {
        session.setAttribute(SESSION_CALLER, caller);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        Caller caller;
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                refuse(response, Problem.unauthorized("Only 'Authorization: Bearer <access token>' is accepted"));
                return;
            }
            try {
                caller = tokens.verify(authorization.substring(7).strip());
            } catch (InvalidTokenException e) {
                LOG.fine(() -> "Bearer token refused: " + e.getMessage());
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                refuse(response, Problem.unauthorized("The access token is not accepted: " + e.getMessage()));
                return;
            }
        } else {
            if (!SAFE_METHODS.contains(request.getMethod()) && !CrossSiteCheck.sameSite(request)) {
                LOG.fine(() -> "Cross-site " + request.getMethod() + " " + request.getRequestURI() + " refused");
                refuse(response, new Problem(403, "Cross-site request refused",
                        "State-changing requests must come from Hubs' own pages (or carry a bearer token)", Map.of()));
                return;
            }
            HttpSession session = request.getSession(false);
            Object signedIn = session == null ? null : session.getAttribute(SESSION_CALLER);
            caller = signedIn instanceof Caller known ? known : Caller.ANONYMOUS;
        }
        request.setAttribute(REQUEST_CALLER, caller);
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, Problem problem) throws IOException {
        stats.rejected(problem.status());
        problem.write(response);
    }
}
