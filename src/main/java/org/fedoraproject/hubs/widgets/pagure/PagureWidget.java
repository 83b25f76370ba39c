package org.fedoraproject.hubs.widgets.pagure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.Column;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.Parameter;
import org.fedoraproject.hubs.widget.ParameterType;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.fedoraproject.hubs.widget.WidgetType;

/**
 * The Pagure project widget: two cached functions, the open issues and the open pull requests, so
 * that a comment on a pull request does not ask Pagure for the issues again.
 */
@ApplicationScoped
public class PagureWidget implements WidgetType {

    static final String PROJECT = "project";

    @Inject
    PagureClient pagure;

    /** One list of the project: how to fetch it and which messages change it. */
    private interface ListQuery {
        JsonValue fetch(PagureProject project) throws IOException, InterruptedException;
    }

    private final CachedFunction issues = new ProjectList("issues", PagureMessageRule::changesIssues,
            project -> PagureLists.issues(pagure.openIssues(project), project, pagure.webUrl()));

    private final CachedFunction pullRequests = new ProjectList("pull-requests", PagureMessageRule::changesPullRequests,
            project -> PagureLists.pullRequests(pagure.openPullRequests(project), project, pagure.webUrl()));

    private record ProjectList(String id, BiPredicate<BusMessage, PagureProject> rule, ListQuery query)
            implements CachedFunction {

        @Override
        public JsonValue execute(WidgetConfig config) throws Exception {
            return query.fetch(project(config));
        }

        @Override
        public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
            return PagureProject.parse(config.get(PROJECT)).filter(project -> rule.test(message, project)).isPresent();
        }

        /**
         * Category {@code pagure} and the project's short name: every message the rule accepts has
         * the project's {@code name} as a string value, while the full name is missing from old
         * messages about namespaced projects (they carry {@code name} and {@code namespace} apart).
         */
        @Override
        public Hints hints(WidgetConfig config) {
            return new Hints(Set.of(PagureMessageRule.CATEGORY),
                    PagureProject.parse(config.get(PROJECT)).map(project -> Set.of(project.name())).orElse(Set.of()));
        }
    }

    /** The configured project; a stored name that is not one is reported on the widget, not guessed at. */
    static PagureProject project(WidgetConfig config) throws IOException {
        String text = config.get(PROJECT);
        return PagureProject.parse(text).orElseThrow(() -> new IOException(
                "'" + text + "' is not a Pagure project name (name or namespace/name, e.g. fedora-infra/fedora-hubs)"));
    }

    @Override
    public String name() {
        return "pagure";
    }

    @Override
    public String label() {
        return "Pagure project";
    }

    @Override
    public String description() {
        return "The open issues and pull requests of a project on pagure.io.";
    }

    @Override
    public Column preferredColumn() {
        return Column.LEFT;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.required(PROJECT, "Pagure project", ParameterType.TEXT,
                "The project's name on pagure.io, with its namespace if it has one: fedocal, fedora-infra/fedora-hubs."));
    }

    @Override
    public List<CachedFunction> functions() {
        return List.of(issues, pullRequests);
    }
}
