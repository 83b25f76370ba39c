package org.fedoraproject.hubs.web;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
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

    public static Problem unauthorized(String detail) {
        return new Problem(Response.Status.UNAUTHORIZED, "Sign-in required", detail);
    }

    public static Problem forbidden(String detail) {
        return new Problem(Response.Status.FORBIDDEN, "Forbidden", detail);
    }

    public static Problem tooMany(String detail) {
        return new Problem(429, "Too many", detail, Map.of());
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
        return Response.status(status).type(MEDIA_TYPE).entity(json(status, title, detail, errors)).build();
    }

    /** A server failure: the problem's {@code instance} is the id under which the log has the details. */
    static Response serverError(String id) {
        String body = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", "Internal server error")
                .add("status", 500)
                .add("detail", "The server failed to handle the request; operators find the cause in its log under " + id)
                .add("instance", "urn:uuid:" + id)
                .build().toString();
        return Response.status(500).type(MEDIA_TYPE).entity(body).build();
    }

    /** The problem document itself, for edges outside JAX-RS (servlet filters). */
    public static String json(int status, String title, String detail, Map<String, String> errors) {
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
        return body.build().toString();
    }

    /** Writes this problem as the servlet response (for edges outside JAX-RS). */
    public void write(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json(status, title, getMessage(), errors));
    }
}
