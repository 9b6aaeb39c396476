package dev.bastion.it;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * CCP's OpenAPI spec of ESI (src/test/resources/esi/openapi_2025-12-16.json, a copy of the project's
 * fixture; OpenAPI 3.1, whose schemas are JSON Schema 2020-12): the schema of a route's answer, for checking
 * what the simulated ESI serves.
 */
final class EsiOpenApi {

    static final String SPEC = "/esi/openapi_2025-12-16.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode spec;

    private EsiOpenApi() {
    }

    static synchronized JsonNode spec() throws Exception {
        if (spec == null) {
            try (var in = EsiOpenApi.class.getResourceAsStream(SPEC)) {
                spec = JSON.readTree(in);
            }
        }
        return spec;
    }

    /**
     * The problems of {@code body} as the answer {@code status} of {@code method path} (the spec's path, e.g.
     * "/characters/{character_id}"); empty when it conforms. The route's schema is checked with the spec's
     * components beside it, so that its {@code #/components/schemas/...} references resolve.
     */
    static List<Error> problems(String method, String path, int status, String body) throws Exception {
        JsonNode operation = spec().path("paths").path(path).path(method.toLowerCase());
        if (operation.isMissingNode()) {
            throw new AssertionError("CCP's spec has no " + method + " " + path);
        }
        JsonNode responses = operation.path("responses");
        JsonNode response = responses.has(String.valueOf(status)) ? responses.path(String.valueOf(status)) : responses.path("default");
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            throw new AssertionError("CCP's spec gives no JSON schema for " + status + " of " + method + " " + path);
        }
        ObjectNode document = JSON.createObjectNode();
        document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        document.set("components", spec().path("components"));
        document.set("allOf", JSON.createArrayNode().add(schema));
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JSON.writeValueAsString(document), InputFormat.JSON);
        return validator.validate(body, InputFormat.JSON);
    }
}
