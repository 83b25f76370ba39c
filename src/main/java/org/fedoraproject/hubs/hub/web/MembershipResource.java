package org.fedoraproject.hubs.hub.web;

import static org.fedoraproject.hubs.JsonProviders.JSON;
import static org.fedoraproject.hubs.web.JsonBodies.object;
import static org.fedoraproject.hubs.web.JsonBodies.optionalString;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.fedoraproject.hubs.EnumKeys;
import org.fedoraproject.hubs.account.Authorization;
import org.fedoraproject.hubs.web.Problem;
import org.fedoraproject.hubs.hub.Role;
import org.fedoraproject.hubs.hub.MembershipService;
import org.fedoraproject.hubs.hub.FedoraName;

/**
 * Joining, leaving, subscribing and starring: {@code /api/hubs/{hub}/members/{user}} (body
 * {@code {"role": "owner"}} or {@code "member"}, the default), {@code .../subscribers/{user}} and
 * {@code .../stargazers/{user}}. {@code PUT} grants and {@code DELETE} takes away; both are idempotent.
 * Who may do which is asked of {@link Authorization}: the user in the path is the caller, except
 * for owners managing their members.
 */
@Path("hubs/{hub}/{relation: members|subscribers|stargazers}")
@Produces(MediaType.APPLICATION_JSON)
public class MembershipResource {

    @Inject
    MembershipService memberships;

    @Inject
    Authorization authorization;

    @PathParam("hub")
    @FedoraName
    String hub;

    @PathParam("relation")
    String relation;

    @GET
    public JsonArray list() {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        memberships.memberships(hub).stream()
                .filter(membership -> relationOf(membership.role()).equals(relation))
                .forEach(membership -> list.add(HubViews.membership(membership)));
        return list.build();
    }

    @PUT
    @Path("{user}")
    public JsonObject grant(@PathParam("user") @FedoraName String user, String body) {
        Role role = role(body);
        authorization.requireMembershipChange(hub, user, role, true);
        return HubViews.membership(memberships.grant(hub, user, role));
    }

    @DELETE
    @Path("{user}")
    public Response revoke(@PathParam("user") @FedoraName String user) {
        Role role = role(null);
        authorization.requireMembershipChange(hub, user, role, false);
        memberships.revoke(hub, user, role);
        return Response.noContent().build();
    }

    /** The role a request asks for: the relation's own, or for members the body's owner/member (member without a body). */
    private Role role(String body) {
        switch (relation) {
            case "subscribers":
                return Role.SUBSCRIBER;
            case "stargazers":
                return Role.STARGAZER;
            default:
                if (body == null || body.isBlank()) {
                    return Role.MEMBER;
                }
                String asked = optionalString(object(body), "role");
                Role role = asked == null ? Role.MEMBER : EnumKeys.fromKey(Role.class, asked).orElse(null);
                if (role == null || !role.joins()) {
                    throw Problem.invalid("Unknown member role '" + asked + "'", Map.of("role", "must be owner or member"));
                }
                return role;
        }
    }

    private static String relationOf(Role role) {
        return switch (role) {
            case OWNER, MEMBER -> "members";
            case SUBSCRIBER -> "subscribers";
            case STARGAZER -> "stargazers";
        };
    }
}
