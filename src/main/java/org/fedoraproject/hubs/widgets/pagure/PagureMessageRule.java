package org.fedoraproject.hubs.widgets.pagure;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.stream.Stream;
import org.fedoraproject.hubs.bus.BusMessage;

/**
 * Which Pagure messages change a project's open issues, and which its open pull requests. Both
 * pagure.io ({@code io.pagure.*}) and the older {@code org.fedoraproject.*.pagure.*} topics have
 * category {@code pagure}. Issue messages name the project in {@code msg.project}; pull-request
 * messages in {@code msg.pullrequest.project} (older ones: {@code pull_request} or, for the
 * {@code pagure.request.*} topics, {@code request}), some also in {@code msg.project}.
 */
final class PagureMessageRule {

    static final String CATEGORY = "pagure";

    private PagureMessageRule() {
    }

    static boolean changesIssues(BusMessage message, PagureProject project) {
        return message.category().equals(CATEGORY) && message.subject().startsWith("pagure.issue.")
                && project.isDescribedBy(message.body().get("project"));
    }

    static boolean changesPullRequests(BusMessage message, PagureProject project) {
        if (!message.category().equals(CATEGORY) || !(message.subject().startsWith("pagure.pull-request.")
                || message.subject().startsWith("pagure.request."))) {
            return false;
        }
        JsonObject body = message.body();
        JsonValue target = Stream.of("pullrequest", "pull_request", "request")
                .map(body::get)
                .filter(JsonObject.class::isInstance)
                .map(request -> request.asJsonObject().get("project"))
                .filter(JsonObject.class::isInstance)
                .findFirst()
                .orElse(body.get("project"));
        return project.isDescribedBy(target);
    }
}
