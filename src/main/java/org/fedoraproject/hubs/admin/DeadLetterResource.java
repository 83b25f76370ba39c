package org.fedoraproject.hubs.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.fedoraproject.hubs.account.Authorization;

/**
 * {@code POST /api/admin/dead-letters/{id}/retry} sends a dead letter back to its queue;
 * {@code DELETE /api/admin/dead-letters/{id}} discards it. Admins only.
 */
@Path("admin/dead-letters/{id}")
public class DeadLetterResource {

    @Inject
    Authorization authorization;

    @Inject
    DeadLetters deadLetters;

    @POST
    @Path("retry")
    public Response retry(@PathParam("id") String id) {
        authorization.requireAdmin();
        deadLetters.retry(id);
        return Response.noContent().build();
    }

    @DELETE
    public Response discard(@PathParam("id") String id) {
        authorization.requireAdmin();
        deadLetters.discard(id);
        return Response.noContent().build();
    }
}
