package org.fedoraproject.hubs.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code hubs.api.max-body-bytes} with 413, whether or not the client
 * declared their length, before anything parses them.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "hubs.api.max-body-bytes", defaultValue = "65536")
    int maxBytes;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > maxBytes) {
            abort(request);
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        InputStream body = request.getEntityStream();
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            abort(request);
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(bytes));
    }

    private void abort(ContainerRequestContext request) {
        request.abortWith(Problem.response(413, "Payload too large",
                "Request bodies are limited to " + maxBytes + " bytes", Map.of()));
    }
}
