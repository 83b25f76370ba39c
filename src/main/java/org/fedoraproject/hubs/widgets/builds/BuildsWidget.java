package org.fedoraproject.hubs.widgets.builds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
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
 * The builds widget: two cached functions, so that a Koji build never makes the widget ask Copr
 * again, nor a Copr build Koji.
 */
@ApplicationScoped
public class BuildsWidget implements WidgetType {

    static final String USERNAME = "username";
    static final String COPR_PROJECT = "copr_project";

    @Inject
    KojiClient koji;

    @Inject
    CoprClient copr;

    private final CachedFunction kojiBuilds = new CachedFunction() {
        @Override
        public String id() {
            return "koji";
        }

        @Override
        public JsonValue execute(WidgetConfig config) throws Exception {
            String username = config.get(USERNAME);
            return BuildLists.koji(koji.newestBuilds(username, BuildLists.LIMIT), username, koji.webUrl());
        }

        @Override
        public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
            return BuildMessageRule.changesKojiBuilds(message, config.get(USERNAME));
        }

        @Override
        public Hints hints(WidgetConfig config) {
            return new Hints(Set.of(BuildMessageRule.KOJI_CATEGORY), Set.of(config.get(USERNAME)));
        }
    };

    private final CachedFunction coprBuilds = new CachedFunction() {
        @Override
        public String id() {
            return "copr";
        }

        @Override
        public JsonValue execute(WidgetConfig config) throws Exception {
            String username = config.get(USERNAME);
            String project = coprProject(config);
            return project == null ? BuildLists.noCoprProject(username)
                    : BuildLists.copr(copr.newestBuilds(username, project, BuildLists.LIMIT), username, project, copr.webUrl());
        }

        @Override
        public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
            return BuildMessageRule.changesCoprBuilds(message, config.get(USERNAME), coprProject(config));
        }

        @Override
        public Hints hints(WidgetConfig config) {
            return new Hints(Set.of(BuildMessageRule.COPR_CATEGORY), Set.of(config.get(USERNAME)));
        }
    };

    /** The configured Copr project, or null when there is none. */
    private static String coprProject(WidgetConfig config) {
        String project = config.get(COPR_PROJECT);
        return project == null || project.isBlank() ? null : project.strip();
    }

    @Override
    public String name() {
        return "builds";
    }

    @Override
    public String label() {
        return "Builds";
    }

    @Override
    public String description() {
        return "Your newest Koji builds and, if you name one, the newest builds of your Copr project, with their state.";
    }

    @Override
    public Column preferredColumn() {
        return Column.LEFT;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.required(USERNAME, "Fedora account", ParameterType.USERNAME,
                        "Whose builds to show: the Fedora account that owns them in Koji and Copr.").fromHubSetting("username"),
                Parameter.optional(COPR_PROJECT, "Copr project", ParameterType.TEXT, null,
                        "One of your Copr projects (e.g. FreeCAD) whose builds to show too; Copr lists builds per project. "
                                + "Leave empty for Koji only."));
    }

    @Override
    public List<CachedFunction> functions() {
        return List.of(kojiBuilds, coprBuilds);
    }
}
