package org.fedoraproject.hubs.widgets.builds;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedoraproject.hubs.widget.ServiceApi;

/** Koji's hub (XML-RPC), as far as the builds widget needs it: a person's newest builds. */
@ApplicationScoped
public class KojiClient {

    @Inject
    @ConfigProperty(name = "hubs.koji.url", defaultValue = "https://koji.fedoraproject.org/kojihub")
    String baseUrl;

    /** Koji's web pages are beside the hub, not under it. */
    @Inject
    @ConfigProperty(name = "hubs.koji.web-url", defaultValue = "https://koji.fedoraproject.org/koji")
    String webUrl;

    @Inject
    @ConfigProperty(name = "hubs.services.timeout-ms", defaultValue = "10000")
    long timeoutMillis;

    private ServiceApi api;

    @PostConstruct
    void connect() {
        api = new ServiceApi("Koji", baseUrl, Duration.ofMillis(timeoutMillis));
    }

    /** The base of links to build and user pages. */
    public String webUrl() {
        return webUrl.endsWith("/") ? webUrl.substring(0, webUrl.length() - 1) : webUrl;
    }

    /** {@code listBuilds(userID=<name>, queryOpts={order: -build_id, limit})}: the newest first, as Koji answers them. */
    public List<?> newestBuilds(String username, int limit) throws IOException, InterruptedException {
        Object answer = XmlRpc.answer(api.post("", "text/xml", listBuildsCall(username, limit)), "Koji");
        if (!(answer instanceof List<?> builds)) {
            throw new IOException("Koji answered listBuilds with something that is not a list");
        }
        return builds;
    }

    /** Koji takes keyword arguments as a last struct marked {@code __starstar}. */
    static String listBuildsCall(String username, int limit) {
        Map<String, Object> queryOpts = new LinkedHashMap<>();
        queryOpts.put("order", "-build_id");
        queryOpts.put("limit", limit);
        Map<String, Object> keywords = new LinkedHashMap<>();
        keywords.put("userID", username);
        keywords.put("queryOpts", queryOpts);
        keywords.put("__starstar", true);
        return XmlRpc.call("listBuilds", keywords);
    }
}
