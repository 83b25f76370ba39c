package org.fedoraproject.hubs.widgets.github;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.Column;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.Parameter;
import org.fedoraproject.hubs.widget.ParameterType;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.fedoraproject.hubs.widget.WidgetType;

/**
 * The GitHub repository widget: one cached function, since one GitHub request answers both the
 * open issues and the open pull requests.
 */
@ApplicationScoped
public class GitHubWidget implements WidgetType {

    static final String REPOSITORY = "repository";

    @Inject
    GitHubClient github;

    private final CachedFunction openItems = new CachedFunction() {
        @Override
        public String id() {
            return "open";
        }

        @Override
        public JsonValue execute(WidgetConfig config) throws Exception {
            GitHubRepository repository = repository(config);
            return GitHubLists.from(github.openIssuesAndPullRequests(repository), repository, github.webUrl());
        }

        @Override
        public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
            return GitHubRepository.parse(config.get(REPOSITORY))
                    .filter(repository -> GitHubMessageRule.changesOpenItems(message, repository)).isPresent();
        }

        /** Category {@code github} and the repository's full name, which every message the rule accepts has as a string value. */
        @Override
        public Hints hints(WidgetConfig config) {
            return new Hints(Set.of(GitHubMessageRule.CATEGORY), GitHubRepository.parse(config.get(REPOSITORY))
                    .map(repository -> Set.of(repository.fullName())).orElse(Set.of()));
        }
    };

    /** The configured repository; a stored value that is not one is reported on the widget. */
    static GitHubRepository repository(WidgetConfig config) throws IOException {
        String text = config.get(REPOSITORY);
        return GitHubRepository.parse(text).orElseThrow(() -> new IOException(
                "'" + text + "' is not a GitHub repository (owner/repo, e.g. fedora-infra/bodhi)"));
    }

    @Override
    public String name() {
        return "github";
    }

    @Override
    public String label() {
        return "GitHub repository";
    }

    @Override
    public String description() {
        return "The open issues and pull requests of a GitHub repository.";
    }

    @Override
    public Column preferredColumn() {
        return Column.LEFT;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.required(REPOSITORY, "GitHub repository", ParameterType.TEXT,
                "The repository as owner/repo, e.g. fedora-infra/bodhi."));
    }

    @Override
    public List<CachedFunction> functions() {
        return List.of(openItems);
    }
}
