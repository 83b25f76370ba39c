package org.fedoraproject.hubs;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code jakarta.json.Json}'s static methods look the
 * provider up again on every call (a service-loader search, a fraction of a millisecond), which
 * matters on the paths that run per bus message and per widget.
 */
public final class JsonProviders {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProviders() {
    }
}
