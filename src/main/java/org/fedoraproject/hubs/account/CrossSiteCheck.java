package org.fedoraproject.hubs.account;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Whether a browser request comes from this site's own pages, by Fetch Metadata
 * ({@code Sec-Fetch-Site}) or, from browsers without it, {@code Origin}. A request with neither
 * header does not come from a browser page (browsers send {@code Origin} with every cross-origin
 * state-changing request), so it cannot be a forged one.
 */
final class CrossSiteCheck {

    private CrossSiteCheck() {
    }

    static boolean sameSite(HttpServletRequest request) {
        return sameSite(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), request.getHeader("Host"));
    }

    static boolean sameSite(String fetchSite, String origin, String host) {
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        if (origin == null) {
            return true;
        }
        try {
            URI from = URI.create(origin);
            String authority = from.getPort() == -1 ? from.getHost() : from.getHost() + ":" + from.getPort();
            return host != null && authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false; // "null" (sandboxed or privacy-sensitive origins) and garbage: not ours
        }
    }
}
