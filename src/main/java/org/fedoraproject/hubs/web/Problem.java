package org.fedoraproject.hubs.web;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * A client error, answered as {@code application/problem+json} (RFC 9457). {@code errors} names
 * the fields that failed validation and why.
 */
public class Problem extends RuntimeException {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final String title;
    private final Map<String, String> errors;

    public Problem(Response.Status status, String title, String detail) {
        this(status.getStatusCode(), title, detail, Map.of());
    }

    public Problem(int status, String title, String detail, Map<String, String> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = Map.copyOf(errors);
    }

    public static Problem notFound(String detail) {
        return new Problem(Response.Status.NOT_FOUND, "Not found", detail);
    }

    public static Problem badRequest(String detail) {
        return new Problem(Response.Status.BAD_REQUEST, "Bad request", detail);
    }

    public static Problem invalid(String detail, Map<String, String> errors) {
        return new Problem(422, "Invalid input", detail, errors);
    }

    public int status() {
        return status;
    }

    public Response toResponse() {
        return response(status, title, getMessage(), errors);
    }

    static Response response(int status, String title, String detail, Map<String, String> errors) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonObjectBuilder fields = JSON.createObjectBuilder();
            errors.forEach(fields::add);
            body.add("errors", fields);
        }
        JsonObject json = body.build();
        return Response.status(status).type(MEDIA_TYPE).entity(json.toString()).build();
    }
}
