package org.fedoraproject.hubs.widgets.github;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedoraproject.hubs.widget.ServiceApi;

/**
 * GitHub's REST API (v3), as far as the repository widget needs it. Without a token GitHub allows
 * 60 requests an hour per address; {@code hubs.github.token} raises that and is only ever sent in
 * the {@code Authorization} header, never logged.
 */
@ApplicationScoped
public class GitHubClient {

    /** How many open items one request asks for; GitHub allows up to 100. */
    static final int PER_PAGE = 30;

    @Inject
    @ConfigProperty(name = "hubs.github.url", defaultValue = "https://api.github.com")
    String baseUrl;

    /** Where people read repositories, when it is not the API's host (github.com beside api.github.com). */
    @Inject
    @ConfigProperty(name = "hubs.github.web-url", defaultValue = "https://github.com")
    String webUrl;

    @Inject
    @ConfigProperty(name = "hubs.github.token")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "hubs.services.timeout-ms", defaultValue = "10000")
    long timeoutMillis;

    private ServiceApi api;

    @PostConstruct
    void connect() {
        Map<String, String> headers = new HashMap<>();
        // GitHub refuses requests without a User-Agent.
        headers.put("User-Agent", "fedora-hubs");
        headers.put("X-GitHub-Api-Version", "2022-11-28");
        token.filter(t -> !t.isBlank()).ifPresent(t -> headers.put("Authorization", "Bearer " + t.strip()));
        api = new ServiceApi("GitHub", baseUrl, Duration.ofMillis(timeoutMillis), headers);
    }

    /** The base of links to repositories for people. */
    public String webUrl() {
        return webUrl.endsWith("/") ? webUrl.substring(0, webUrl.length() - 1) : webUrl;
    }

    /** {@code /repos/<owner>/<repo>/issues?state=open}: open issues and pull requests, newest first. */
    JsonArray openIssuesAndPullRequests(GitHubRepository repository) throws IOException, InterruptedException {
        JsonValue answer = api.getJson("/repos/" + repository.fullName() + "/issues?state=open&per_page=" + PER_PAGE);
        if (answer.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IOException("GitHub answered something that is not a JSON list of issues");
        }
        return answer.asJsonArray();
    }
}
