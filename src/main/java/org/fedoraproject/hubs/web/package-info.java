/**
 * The REST edge shared by every resource: the JAX-RS application at {@code /api}, RFC 9457
 * problem responses for every client error, and the request size limit.
 */
package org.fedoraproject.hubs.web;
