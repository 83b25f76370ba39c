package org.fedoraproject.hubs.hub.web;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.fedoraproject.hubs.hub.MembershipService;
import org.fedoraproject.hubs.hub.FedoraName;

/** {@code /api/users/{user}}: the hubs a user owns, has joined, subscribes to or has starred. */
@Path("users/{user}")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    MembershipService memberships;

    @GET
    public JsonObject user(@PathParam("user") @FedoraName String user) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        memberships.membershipsOf(user).forEach(membership -> list.add(HubViews.membership(membership)));
        return JSON.createObjectBuilder().add("name", user).add("memberships", list).build();
    }
}
