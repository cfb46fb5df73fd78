package dev.b2cemulator.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas of the Graph bodies the emulator answers
 * ({@code src/test/resources/schemas}, written by this project from the documented
 * property names and types). Strict: objects admit no member the schema does not name
 * (OData's {@code @odata.*} annotations aside), so a member of the wrong type or the
 * wrong name fails.
 */
public final class GraphSchemas {

    public static final String KEY_SET = "microsoft.graph.trustFrameworkKeySet";

    public static final String KEY_SET_COLLECTION = "microsoft.graph.trustFrameworkKeySetCollectionResponse";

    public static final String KEY = "microsoft.graph.trustFrameworkKey";

    public static final String KEY_V2 = "microsoft.graph.trustFrameworkKey_v2";

    public static final String KEY_V2_COLLECTION = "microsoft.graph.trustFrameworkKey_v2CollectionResponse";

    public static final String POLICY = "microsoft.graph.trustFrameworkPolicy";

    public static final String POLICY_COLLECTION = "microsoft.graph.trustFrameworkPolicyCollectionResponse";

    public static final String ERROR = "microsoft.graph.ODataErrors.ODataError";

    private static final String FILE = "/schemas/graph-trustframework.schema.json";

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

    /**
     * Which schema a Graph response body claims, from its {@code @odata.context}; null
     * for none.
     */
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
        if (fragment.equals("trustFramework/policies/$entity")) {
            return POLICY;
        }
        if (fragment.equals("trustFramework/policies")) {
            return POLICY_COLLECTION;
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
        JsonNode file;
        try (InputStream in = GraphSchemas.class.getResourceAsStream(FILE)) {
            file = JsonMapper.shared().readTree(in);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Map<String, Schema> schemas = new HashMap<>();
        for (String name : List.of(KEY_SET, KEY_SET_COLLECTION, KEY, KEY_V2, KEY_V2_COLLECTION, POLICY,
                POLICY_COLLECTION, ERROR)) {
            if (!file.get("$defs").has(name)) {
                throw new IllegalStateException(FILE + " has no schema " + name);
            }
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.put("$ref", "#/$defs/" + name);
            root.set("$defs", file.get("$defs"));
            schemas.put(name, registry.getSchema(JsonMapper.shared().writeValueAsString(root)));
        }
        return schemas;
    }

}
