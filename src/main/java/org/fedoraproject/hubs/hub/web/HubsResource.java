package org.fedoraproject.hubs.hub.web;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import static org.fedoraproject.hubs.web.JsonBodies.object;
import static org.fedoraproject.hubs.web.JsonBodies.optionalInt;
import static org.fedoraproject.hubs.web.JsonBodies.optionalObject;
import static org.fedoraproject.hubs.web.JsonBodies.optionalString;
import static org.fedoraproject.hubs.web.JsonBodies.requiredString;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.fedoraproject.hubs.account.Authorization;
import org.fedoraproject.hubs.web.Problem;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.hub.WidgetService;
import org.fedoraproject.hubs.hub.MembershipService;
import org.fedoraproject.hubs.hub.HubService;
import org.fedoraproject.hubs.hub.Hub;
import org.fedoraproject.hubs.hub.FedoraName;

/**
 * {@code /api/hubs/{hub}}: a hub and its widget instances. Anyone reads; changes are asked of
 * {@link Authorization} first. Validates input and delegates to {@link HubService} and {@link WidgetService}.
 */
@Path("hubs/{hub}")
@Produces(MediaType.APPLICATION_JSON)
public class HubsResource {

    @Inject
    HubService hubs;

    @Inject
    WidgetService widgetInstances;

    @Inject
    WidgetViews views;

    @Inject
    MembershipService memberships;

    @Inject
    Authorization authorization;

    @GET
    public JsonObject hub(@PathParam("hub") @FedoraName String hub) {
        return view(hubs.require(hub));
    }

    /** {@code {"settings": {"description": ..., "bugzilla_email": null}}}: sets, or with null removes, settings. */
    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject updateSettings(@PathParam("hub") @FedoraName String hub, String body) {
        authorization.requireHubEditor(hub);
        JsonObject settings = optionalObject(object(body), "settings");
        return view(hubs.updateSettings(hub, settings == null ? JsonValue.EMPTY_JSON_OBJECT : settings));
    }

    @GET
    @Path("widgets/{id}")
    public JsonObject widget(@PathParam("hub") @FedoraName String hub, @PathParam("id") String id) {
        return views.view(widgetInstances.widget(hub, widgetId(hub, id)));
    }

    @POST
    @Path("widgets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addWidget(@PathParam("hub") @FedoraName String hub, String body, @Context UriInfo uri) {
        authorization.requireHubEditor(hub);
        JsonObject request = object(body);
        JsonObject config = optionalObject(request, "config");
        WidgetRef widget = widgetInstances.addWidget(hub, requiredString(request, "type"),
                config == null ? JsonValue.EMPTY_JSON_OBJECT : config,
                optionalString(request, "column"), optionalInt(request, "index"));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(widget.id())).build())
                .entity(views.view(widget)).build();
    }

    @PATCH
    @Path("widgets/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject updateWidget(@PathParam("hub") @FedoraName String hub, @PathParam("id") String id, String body) {
        authorization.requireHubEditor(hub);
        JsonObject request = object(body);
        return views.view(widgetInstances.updateWidget(hub, widgetId(hub, id), optionalObject(request, "config"),
                optionalString(request, "column"), optionalInt(request, "index")));
    }

    @DELETE
    @Path("widgets/{id}")
    public Response removeWidget(@PathParam("hub") @FedoraName String hub, @PathParam("id") String id) {
        authorization.requireHubEditor(hub);
        widgetInstances.removeWidget(hub, widgetId(hub, id));
        return Response.noContent().build();
    }

    private JsonObject view(Hub hub) {
        JsonArrayBuilder widgets = JSON.createArrayBuilder();
        widgetInstances.widgets(hub.name()).forEach(widget -> widgets.add(views.summary(widget)));
        return HubViews.summary(hub)
                .add("people", HubViews.people(memberships.memberships(hub.name())))
                .add("widgets", widgets)
                .build();
    }

    private static long widgetId(String hub, String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Problem.notFound("Hub '" + hub + "' has no widget '" + id + "'");
        }
    }
}
