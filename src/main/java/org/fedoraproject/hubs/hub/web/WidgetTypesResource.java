package org.fedoraproject.hubs.hub.web;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.fedoraproject.hubs.EnumKeys;
import org.fedoraproject.hubs.widget.Parameter;
import org.fedoraproject.hubs.widget.WidgetCatalog;
import org.fedoraproject.hubs.widget.WidgetType;

/** {@code GET /api/widget-types}: the catalogue, with each type's parameters for generated forms. */
@Path("widget-types")
@Produces(MediaType.APPLICATION_JSON)
public class WidgetTypesResource {

    @Inject
    WidgetCatalog catalog;

    @GET
    public JsonArray types() {
        JsonArrayBuilder types = JSON.createArrayBuilder();
        for (WidgetType type : catalog.all()) {
            JsonArrayBuilder parameters = JSON.createArrayBuilder();
            type.parameters().forEach(parameter -> parameters.add(describe(parameter)));
            types.add(JSON.createObjectBuilder()
                    .add("name", type.name())
                    .add("label", type.label())
                    .add("description", type.description())
                    .add("column", type.preferredColumn().key())
                    .add("parameters", parameters));
        }
        return types.build();
    }

    private static JsonObjectBuilder describe(Parameter parameter) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("name", parameter.name())
                .add("label", parameter.label())
                .add("type", EnumKeys.key(parameter.type()))
                .add("required", parameter.required())
                .add("help", parameter.help())
                .add("rule", parameter.type().rule());
        if (parameter.hubSetting() != null) {
            json.add("hub_setting", parameter.hubSetting());
        }
        return parameter.defaultValue() == null ? json.addNull("default") : json.add("default", parameter.defaultValue());
    }
}
