package org.fedoraproject.hubs.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error leaves as a problem document, whoever raised it: never an HTML error page. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** Our own problems. */
    @Provider
    public static class OwnProblems implements ExceptionMapper<Problem> {
        @Override
        public Response toResponse(Problem problem) {
            return problem.toResponse();
        }
    }

    /** The JAX-RS runtime's own errors: unknown path (404), wrong method (405), wrong media type (415)... */
    @Provider
    public static class RuntimeErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            return Problem.response(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), Map.of());
        }
    }

    /** Path and query parameters that fail their Bean Validation constraints (e.g. {@code @FedoraName}). */
    @Provider
    public static class InvalidParameters implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            Map<String, String> errors = new TreeMap<>();
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                String field = null;
                for (Path.Node node : violation.getPropertyPath()) {
                    field = node.getName(); // the last node: the parameter's or field's name
                }
                errors.put(field, violation.getMessage());
            }
            return Problem.response(422, "Invalid input", "Some parameters are not valid", errors);
        }
    }

    /** A body that is not the JSON it claims to be. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(400, "Bad request", "The request body is not valid JSON", Map.of());
        }
    }

    /**
     * Everything else. A change the database refused because a concurrent request made a
     * conflicting one first (two creations of one hub name at once) is the client's 409; anything
     * more is a 500 whose problem names an id that is also in the log, next to the stack trace.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            if (integrityConflict(e)) {
                LOG.fine(() -> "Concurrent conflicting change refused: " + e);
                return Problem.response(409, "Conflict",
                        "Another request changed the same thing at the same moment: reload and try again", Map.of());
            }
            String id = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Request failed: problem " + id, e);
            return Problem.serverError(id);
        }

        /** A database integrity constraint (SQL state class 23: unique key, foreign key) somewhere in the causes. */
        static boolean integrityConflict(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    return true;
                }
            }
            return false;
        }
    }
}
