package org.fedoraproject.hubs.account;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.fedoraproject.hubs.web.Problem;

/** {@code GET /api/me}: who is signed in ({@code name}, {@code groups}, {@code admin}), or 401. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Authorization authorization;

    @GET
    public JsonObject me() {
        Caller caller = authorization.caller();
        if (!caller.signedIn()) {
            throw Problem.unauthorized("Nobody is signed in");
        }
        JsonArrayBuilder groups = JSON.createArrayBuilder();
        caller.groups().stream().sorted().forEach(groups::add);
        return JSON.createObjectBuilder()
                .add("name", caller.name())
                .add("groups", groups)
                .add("admin", caller.admin())
                .build();
    }
}
