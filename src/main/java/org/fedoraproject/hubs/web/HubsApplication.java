package org.fedoraproject.hubs.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under {@code /api}; resources are discovered by scanning. */
@ApplicationPath("api")
public class HubsApplication extends Application {
}
