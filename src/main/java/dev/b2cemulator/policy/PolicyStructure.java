package dev.b2cemulator.policy;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamReader;

import dev.b2cemulator.policy.PolicyXml.BasePolicy;
import dev.b2cemulator.policy.PolicyXml.Parsed;
import dev.b2cemulator.policy.PolicyXml.Problem;

/**
 * The structure rules of the policy schema that the upload checks (not the whole XSD):
 * the root and its attributes, the order of the top-level elements, {@code BasePolicy},
 * and {@code CryptographicKeys/Key}. Fed element by element by {@link PolicyXml}; each
 * problem is worded as .NET's schema validation words it.
 */
final class PolicyStructure {

    private static final String NS = PolicyXml.NAMESPACE;

    private static final List<String> TOP_LEVEL = List.of("BasePolicy", "PolicyConstraints", "Contacts",
            "DocumentReferences", "BuildingBlocks", "ClaimsProviders", "UserJourneys", "SubJourneys", "RelyingParty");

    static final Pattern POLICY_ID = Pattern.compile("[A-Za-z0-9_\\-.]*[A-Za-z0-9_\\-]+");

    private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9.]{3,63}");

    private static final Pattern SCHEMA_VERSION = Pattern.compile("[0-9][.][0-9][.][0-9][.][0-9]");

    private static final Pattern GUID = Pattern
        .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Set<String> DEPLOYMENT_MODES = Set.of("Development", "Production", "Debugging");

    private final List<Problem> problems = new ArrayList<>();

    private String policyId;

    private String tenantId;

    private String tenantObjectId;

    private int lastTopLevel = -1;

    private final List<String> baseChildren = new ArrayList<>();

    private final List<String> baseValues = new ArrayList<>();

    private StringBuilder capturing;

    /**
     * One start tag; returns the key reference it makes, if it is a
     * {@code CryptographicKeys/Key}.
     */
    String start(XMLStreamReader element, Deque<String> open, Location at) {
        String name = element.getLocalName();
        String ns = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
        if (open.isEmpty()) {
            root(element, name, ns, at);
            return null;
        }
        if (open.size() == 1) {
            topLevel(name, ns, at);
        }
        else if (open.size() == 2 && open.peek().equals("BasePolicy")) {
            baseChild(name, ns, at);
        }
        if (name.equals("Key") && ns.equals(NS) && open.peek().equals("CryptographicKeys")) {
            required(element, "Id", at);
            return required(element, "StorageReferenceId", at);
        }
        return null;
    }

    void text(Deque<String> open, String text) {
        if (capturing != null) {
            capturing.append(text);
        }
    }

    void end(Deque<String> open, Location at) {
        if (capturing != null && open.size() == 3) {
            baseValues.add(capturing.toString().strip());
            capturing = null;
        }
        if (open.size() == 2 && open.peek().equals("BasePolicy") && baseChildren.size() < 2) {
            problem(at,
                    "The element 'BasePolicy' in namespace '" + NS + "' has incomplete content. List of "
                            + "possible elements expected: '" + (baseChildren.isEmpty() ? "TenantId" : "PolicyId")
                            + "' in namespace '" + NS + "'.");
        }
    }

    Parsed result(List<String> storageReferenceIds) {
        BasePolicy base = baseValues.size() == 2 ? new BasePolicy(baseValues.get(0), baseValues.get(1)) : null;
        return new Parsed(policyId, tenantId, tenantObjectId, base, storageReferenceIds, List.copyOf(problems));
    }

    private void root(XMLStreamReader element, String name, String ns, Location at) {
        if (!name.equals("TrustFrameworkPolicy") || !ns.equals(NS)) {
            problem(at, "The '" + (ns.isEmpty() ? name : ns + ":" + name) + "' element is not declared. The root "
                    + "element is 'TrustFrameworkPolicy' in namespace '" + NS + "'.");
            return;
        }
        String version = required(element, "PolicySchemaVersion", at);
        if (matches(version, SCHEMA_VERSION, "PolicySchemaVersion", at) && !version.equals("0.3.0.0")) {
            problem(at, "The 'PolicySchemaVersion' attribute is invalid - The value '" + version
                    + "' is not supported: the policy schema version is 0.3.0.0.");
        }
        tenantId = required(element, "TenantId", at);
        matches(tenantId, TENANT_ID, "TenantId", at);
        policyId = required(element, "PolicyId", at);
        matches(policyId, POLICY_ID, "PolicyId", at);
        required(element, "PublicPolicyUri", at);
        String mode = element.getAttributeValue(null, "DeploymentMode");
        if (mode != null && !DEPLOYMENT_MODES.contains(mode)) {
            problem(at, "The 'DeploymentMode' attribute is invalid - The value '" + mode + "' is invalid according "
                    + "to its datatype 'DeploymentModeType' - The Enumeration constraint failed.");
        }
        tenantObjectId = element.getAttributeValue(null, "TenantObjectId");
        matches(tenantObjectId, GUID, "TenantObjectId", at);
    }

    private void topLevel(String name, String ns, Location at) {
        int index = ns.equals(NS) ? TOP_LEVEL.indexOf(name) : -1;
        if (index <= lastTopLevel) {
            problem(at, invalidChild("TrustFrameworkPolicy", name, ns));
            return;
        }
        lastTopLevel = index;
    }

    private void baseChild(String name, String ns, Location at) {
        String expected = baseChildren.isEmpty() ? "TenantId" : baseChildren.size() == 1 ? "PolicyId" : null;
        if (!name.equals(expected) || !ns.equals(NS)) {
            problem(at, invalidChild("BasePolicy", name, ns));
            return;
        }
        baseChildren.add(name);
        capturing = new StringBuilder();
    }

    private String required(XMLStreamReader element, String attribute, Location at) {
        String value = element.getAttributeValue(null, attribute);
        if (value == null) {
            problem(at, "The required attribute '" + attribute + "' is missing.");
        }
        return value;
    }

    private boolean matches(String value, Pattern pattern, String attribute, Location at) {
        if (value == null || pattern.matcher(value).matches()) {
            return value != null;
        }
        problem(at, "The '" + attribute + "' attribute is invalid - The value '" + value
                + "' is invalid according to its datatype 'String' - The Pattern constraint failed.");
        return false;
    }

    private static String invalidChild(String parent, String name, String ns) {
        return "The element '" + parent + "' in namespace '" + NS + "' has invalid child element '" + name + "'"
                + (ns.isEmpty() ? "" : " in namespace '" + ns + "'") + ".";
    }

    private void problem(Location at, String message) {
        problems.add(new Problem(at.getLineNumber(), at.getColumnNumber(), message));
    }

}
