package org.fedoraproject.hubs.widgets.reviews;

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

/** The package reviews widget: one cached function, the Bugzilla query for the configured e-mail. */
@ApplicationScoped
public class PackageReviewsWidget implements WidgetType {

    static final String EMAIL = "email";

    @Inject
    BugzillaClient bugzilla;

    private final CachedFunction reviews = new CachedFunction() {
        @Override
        public String id() {
            return "reviews";
        }

        @Override
        public JsonValue execute(WidgetConfig config) throws Exception {
            String email = config.get(EMAIL);
            return ReviewLists.from(bugzilla.openReviewRequests(email), email, bugzilla.webUrl());
        }

        @Override
        public boolean shouldInvalidate(BusMessage message, WidgetConfig config) {
            return ReviewMessageRule.concerns(message, config.get(EMAIL));
        }

        @Override
        public Hints hints(WidgetConfig config) {
            return new Hints(Set.of("bugzilla"), Set.of(config.get(EMAIL)));
        }
    };

    @Override
    public String name() {
        return "package-reviews";
    }

    @Override
    public String label() {
        return "Package reviews";
    }

    @Override
    public String description() {
        return "Your Package Review requests in Bugzilla: waiting for a reviewer, under review, approved.";
    }

    @Override
    public Column preferredColumn() {
        return Column.RIGHT;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.required(EMAIL, "Bugzilla e-mail", ParameterType.EMAIL,
                "The address you file review requests with.").fromHubSetting("bugzilla_email"));
    }

    @Override
    public List<CachedFunction> functions() {
        return List.of(reviews);
    }
}
