package dev.b2cemulator.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The component schemas of the Graph beta OpenAPI fragment ({@code src/test/resources/openapi}, copied from
 * {@code shared/spec}), turned into strict JSON Schema 2020-12: OpenAPI's {@code nullable} becomes a
 * {@code null} type, and objects admit no member the schema does not name (OData's {@code @odata.*}
 * annotations aside), so a member of the wrong type or the wrong name fails.
 */
public final class GraphSchemas {

    public static final String KEY_SET = "microsoft.graph.trustFrameworkKeySet";

    public static final String KEY_SET_COLLECTION = "microsoft.graph.trustFrameworkKeySetCollectionResponse";

    public static final String KEY = "microsoft.graph.trustFrameworkKey";

    public static final String KEY_V2 = "microsoft.graph.trustFrameworkKey_v2";

    public static final String KEY_V2_COLLECTION = "microsoft.graph.trustFrameworkKey_v2CollectionResponse";

    public static final String ERROR = "microsoft.graph.ODataErrors.ODataError";

    private static final String SPEC = "/openapi/graph-beta-trustframework-keysets.openapi.yaml";

    /** Parts of an allOf, and InnerError ("service-specific"), stay open; the allOf itself is closed. */
    private static final Set<String> OPEN = Set.of("microsoft.graph.entity", "microsoft.graph.ODataErrors.InnerError");

    private static final Map<String, Schema> SCHEMAS = load();

    private GraphSchemas() {
    }

    /** Errors of the body against the named component schema; empty when it conforms. */
    public static List<String> validate(String schemaName, JsonNode body) {
        Schema schema = SCHEMAS.get(schemaName);
        if (schema == null) {
            throw new IllegalArgumentException("No schema " + schemaName);
        }
        return schema.validate(body).stream().map(Error::toString).toList();
    }

    /** Which schema a Graph response body claims, from its {@code @odata.context}; null for none. */
    public static String schemaFor(JsonNode body) {
        if (body.has("error") && body.get("error").isObject()) {
            return ERROR;
        }
        JsonNode context = body.get("@odata.context");
        if (context == null || !context.isString()) {
            return null;
        }
        String fragment = context.asString().substring(context.asString().indexOf('#') + 1);
        if (fragment.equals("trustFramework/keySets/$entity")) {
            return KEY_SET;
        }
        if (Pattern.matches("trustFramework/keySets(\\([^)]*\\))?", fragment)) {
            return KEY_SET_COLLECTION;
        }
        if (fragment.equals("microsoft.graph.trustFrameworkKey")) {
            return KEY;
        }
        if (fragment.endsWith("/keys_v2/$entity")) {
            return KEY_V2;
        }
        if (fragment.endsWith("/keys_v2")) {
            return KEY_V2_COLLECTION;
        }
        throw new AssertionError("Unknown @odata.context " + context.asString());
    }

    private static Map<String, Schema> load() {
        JsonNode spec;
        try (InputStream in = GraphSchemas.class.getResourceAsStream(SPEC)) {
            spec = new YAMLMapper().readTree(in);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        ObjectNode defs = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entry : spec.get("components").get("schemas").properties()) {
            defs.set(entry.getKey(), strict(entry.getKey(), entry.getValue().deepCopy()));
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Map<String, Schema> schemas = new java.util.HashMap<>();
        for (String name : List.of(KEY_SET, KEY_SET_COLLECTION, KEY, KEY_V2, KEY_V2_COLLECTION, ERROR)) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.put("$ref", "#/$defs/" + name);
            root.set("$defs", defs);
            schemas.put(name, registry.getSchema(JsonMapper.shared().writeValueAsString(root)));
        }
        return schemas;
    }

    /** Closes a component schema: no member it does not name, but OData annotations. */
    private static JsonNode strict(String name, JsonNode schema) {
        ObjectNode object = (ObjectNode) openApiToJsonSchema(schema);
        if (OPEN.contains(name) || !(object.has("allOf") || object.has("properties"))) {
            return object;
        }
        object.putObject("patternProperties").putObject("^@odata\\.");
        object.put(object.has("allOf") ? "unevaluatedProperties" : "additionalProperties", false);
        return object;
    }

    /** OpenAPI 3.0 to JSON Schema: $refs into $defs, nullable as a null type, additionalProperties dropped. */
    private static JsonNode openApiToJsonSchema(JsonNode node) {
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, openApiToJsonSchema(array.get(i)));
            }
            return array;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode object = (ObjectNode) node;
        if (object.has("$ref")) {
            object.put("$ref", object.get("$ref").asString().replace("#/components/schemas/", "#/$defs/"));
        }
        if (object.path("nullable").asBoolean(false) && object.has("type")) {
            String type = object.get("type").asString();
            object.putArray("type").add(type).add("null");
        }
        object.remove("nullable");
        object.remove("additionalProperties");
        for (String child : new ArrayList<>(object.propertyNames())) {
            object.set(child, openApiToJsonSchema(object.get(child)));
        }
        return object;
    }

}
