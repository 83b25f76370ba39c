package org.fedoraproject.hubs.account;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.fedoraproject.hubs.web.HtmlPages;

/**
 * {@code /login} requires a signed-in caller (see {@code web.xml}), so the OpenID Connect mechanism
 * sends an anonymous browser to the provider; the provider sends it back to {@code /login/callback},
 * where the mechanism takes the code and signs the browser in. Here, signed in, Hubs records who in
 * the session, gives a first-time user their hub, and sends them to it.
 */
@WebServlet({"/login", "/login/callback"})
public class LoginServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(LoginServlet.class.getName());

    @Inject
    OpenIdContext openId;

    @Inject
    OpenIdSettings settings;

    @Inject
    Accounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            // The callback without a valid code and state (an old link, a refused login). No automatic
            // retry: a provider that signs people in silently would make that a redirect loop.
            LOG.info("Sign-in callback without a signed-in caller (see the mechanism's log for why)");
            HtmlPages.card(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign-in did not complete",
                    "<p><a href=\"/login\">Try again</a> · <a href=\"/\">Fedora Hubs</a></p>");
            return;
        }
        String name = request.getUserPrincipal().getName();
        Set<String> groups = new LinkedHashSet<>(openId.getIdentityToken().getJwtClaims().getArrayStringClaim("groups"));
        groups.addAll(openId.getClaims().getArrayStringClaim("groups"));
        String email = openId.getClaims().getEmail()
                .or(() -> openId.getIdentityToken().getJwtClaims().getStringClaim("email")).orElse(null);
        Caller caller = new Caller(name, groups, email, settings.isAdmin(groups));
        accounts.signedIn(caller);
        // A new session id for the signed-in session, so a session id planted before sign-in is worthless.
        request.changeSessionId();
        CallerFilter.remember(request.getSession(), caller);
        LOG.info(() -> "Signed in: " + name + (caller.admin() ? " (admin)" : ""));
        response.sendRedirect(request.getContextPath() + "/u/" + name + "/");
    }
}
