package dev.b2cemulator.policy;

import java.util.List;
import java.util.Locale;

import dev.b2cemulator.error.B2cErrors;
import dev.b2cemulator.error.GraphErrorCode;
import dev.b2cemulator.error.GraphException;

/**
 * The policies' errors, with the real service's texts where they are known
 * (docs/COMPATIBILITY.md says which).
 */
final class PolicyErrors {

    private PolicyErrors() {
    }

    static GraphException notWellFormed(String detail) {
        return invalid("The policy being uploaded is not XML or is not correctly formatted: " + detail);
    }

    static GraphException tooLarge(long limitBytes) {
        return invalid("The uploaded policy file is larger than the limit of " + limitBytes / 1024 + " KB.");
    }

    /** B2C's wrapper around the errors of one validation stage, each once. */
    static GraphException validationFailed(String policyId, String loginTenant, List<String> errors) {
        return invalid("Validation failed: " + errors.size() + " validation error(s) found in policy \""
                + upper(policyId) + "\" of tenant \"" + loginTenant + "\"." + String.join("", errors));
    }

    static String schemaError(PolicyXml.Problem problem, String policyId, String loginTenant) {
        return "Schema validation error found at line " + problem.line() + " col " + problem.column() + " in policy \""
                + upper(policyId) + "\" of tenant \"" + loginTenant + "\": " + problem.message();
    }

    static GraphException idMismatch(String urlId, String policyId) {
        return invalid("The policy id '" + urlId + "' in the request URI does not match the PolicyId '" + policyId
                + "' in the policy XML.");
    }

    static GraphException notFound(String id, String tenant) {
        return new GraphException(GraphErrorCode.POLICY_NOT_FOUND, "Policy with 'policyId': '" + id
                + "' cannot be found in the directory '" + tenant + "'." + B2cErrors.prefixHint(id, "Policy"));
    }

    static GraphException exists(String id) {
        return new GraphException(GraphErrorCode.POLICY_EXISTS,
                "A policy with id '" + id + "' already exists. Use PUT …/" + id + "/$value to replace it.");
    }

    static GraphException putNeedsValue() {
        return new GraphException(GraphErrorCode.POLICY_PUT_NEEDS_VALUE, "Put operation not supported for this entity "
                + "on this uri. Please append '$value' to the request uri and send the request again.");
    }

    static GraphException tooMany(String loginTenant, int limit) {
        return invalid("The tenant '" + loginTenant + "' has reached the limit of " + limit
                + " policies. Delete a policy first.");
    }

    static String upper(String id) {
        return id == null ? "" : id.toUpperCase(Locale.ROOT);
    }

    private static GraphException invalid(String message) {
        return new GraphException(GraphErrorCode.B2C_INVALID_REQUEST, message);
    }

}
