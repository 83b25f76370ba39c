package org.fedoraproject.hubs.hub.web;

import static org.fedoraproject.hubs.JsonProviders.JSON;
import static org.fedoraproject.hubs.web.JsonBodies.object;
import static org.fedoraproject.hubs.web.JsonBodies.optionalObject;
import static org.fedoraproject.hubs.web.JsonBodies.optionalString;
import static org.fedoraproject.hubs.web.JsonBodies.requiredString;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.fedoraproject.hubs.EnumKeys;
import org.fedoraproject.hubs.account.Authorization;
import org.fedoraproject.hubs.web.Problem;
import org.fedoraproject.hubs.hub.HubType;
import org.fedoraproject.hubs.hub.HubService;
import org.fedoraproject.hubs.hub.Hub;

/** {@code /api/hubs}: the list of hubs, and creating team hubs. */
@Path("hubs")
@Produces(MediaType.APPLICATION_JSON)
public class HubDirectoryResource {

    @Inject
    HubService hubs;

    @Inject
    Authorization authorization;

    @GET
    public JsonArray list(@QueryParam("type") String type) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        HubType wanted = type == null ? null : EnumKeys.fromKey(HubType.class, type).orElseThrow(() -> Problem.invalid(
                "Unknown hub type '" + type + "'", Map.of("type", "must be user, team or stream")));
        hubs.hubs(wanted).forEach(hub -> list.add(HubViews.summary(hub)));
        return list.build();
    }

    /** {@code {"name": ..., "owner": ..., "settings": {...}}}: a team hub owned by {@code owner} (by default the caller). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context UriInfo uri) {
        JsonObject request = object(body);
        String type = optionalString(request, "type");
        if (type != null && !HubType.TEAM.key().equals(type)) {
            throw Problem.invalid("Only team hubs can be created; user hubs appear when their user is first seen",
                    Map.of("type", "must be team"));
        }
        JsonObject settings = optionalObject(request, "settings");
        String owner = optionalString(request, "owner");
        if (owner == null) {
            owner = authorization.caller().name();
        }
        authorization.requireHubCreator(owner);
        Hub hub = hubs.createTeamHub(requiredString(request, "name"), owner,
                settings == null ? JsonValue.EMPTY_JSON_OBJECT : settings);
        return Response.created(uri.getAbsolutePathBuilder().path(hub.name()).build())
                .entity(HubViews.summary(hub).build()).build();
    }
}
