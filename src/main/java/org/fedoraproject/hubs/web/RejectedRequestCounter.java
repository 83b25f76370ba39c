package org.fedoraproject.hubs.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts every 4xx answer of the REST API in one place, whichever part refused the request (our
 * validation, the size limit, the JAX-RS runtime), and every 5xx.
 */
@Provider
public class RejectedRequestCounter implements ContainerResponseFilter {

    @Inject
    ApiStats stats;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && response.getStatus() < 500) {
            stats.rejected(response.getStatus());
        } else if (response.getStatus() >= 500) {
            stats.failed(response.getStatus());
        }
    }
}
