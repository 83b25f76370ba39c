/**
 * The REST edge shared by every resource: the JAX-RS application at {@code /api}, RFC 9457
 * problem responses for every client error (including Bean Validation failures), the request
 * size limit, and the count of refused requests; and the shell of the few plain HTML pages that
 * servlets answer by themselves.
 */
package org.fedoraproject.hubs.web;
