package dev.b2cemulator.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The upload checks that look beyond the document (stages 4 to 6 of docs/API.md,
 * policies): that it names the caller's tenant, that its base chain exists with no cycle
 * and not too deep, and that every key it references is a keyset of the tenant. Each
 * returns the stage's errors, empty when it passes.
 */
final class PolicyChecks {

    private PolicyChecks() {
    }

    /**
     * The caller's tenant: its id (a GUID), the name to use in messages (a domain when
     * one is known), and which names are the tenant's.
     */
    record LoginTenant(String id, String name, Predicate<String> names) {
    }

    static List<String> tenant(PolicyXml.Parsed policy, LoginTenant login) {
        List<String> errors = new ArrayList<>();
        if (!names(policy.tenantId(), login)) {
            errors.add("TenantId in the policy xml '" + policy.tenantId() + "' is not same as the one in login tenant '"
                    + login.name() + "'.");
        }
        if (policy.basePolicy() != null && !names(policy.basePolicy().tenantId(), login)) {
            errors.add("Policy '" + policy.policyId() + "' of tenant '" + login.name()
                    + "' is not allowed to inherit from the specified base policy.");
        }
        if (policy.tenantObjectId() != null && !policy.tenantObjectId().equalsIgnoreCase(login.id())) {
            errors.add("TenantObjectId in the policy xml '" + policy.tenantObjectId()
                    + "' is not same as the one in login tenant '" + login.id() + "'.");
        }
        return errors;
    }

    /**
     * The chain from this policy up, with this upload in place of any stored version:
     * {@code baseOf} gives the stored base id of a stored policy (null for a root), or
     * empty when there is no such policy.
     */
    static List<String> base(String policyId, String baseId, Function<String, Optional<String>> baseOf, String tenantId,
            int maxLevels) {
        if (baseId == null) {
            return List.of();
        }
        List<String> chain = new ArrayList<>(List.of(policyId));
        Set<String> seen = new LinkedHashSet<>(List.of(PolicyIds.key(policyId)));
        String next = baseId;
        while (next != null) {
            chain.add(next);
            if (!seen.add(PolicyIds.key(next))) {
                return List.of("The inheritance chain of policy '" + policyId + "' contains a cycle: "
                        + String.join(" -> ", chain) + ".");
            }
            var stored = baseOf.apply(next);
            if (stored.isEmpty()) {
                return chain.size() == 2 ? List.of("Policy with 'policyId': " + PolicyErrors.upper(next)
                        + " cannot be found in the directory '" + tenantId + "'.") : List.of();
            }
            next = stored.get().isEmpty() ? null : stored.get();
        }
        if (chain.size() > maxLevels) {
            return List.of("The inheritance chain of policy '" + policyId + "' has " + chain.size()
                    + " levels; at most " + maxLevels + " are allowed.");
        }
        return List.of();
    }

    static List<String> keys(List<String> storageReferenceIds, Predicate<String> keySetExists, LoginTenant login) {
        return storageReferenceIds.stream()
            .filter(reference -> !keySetExists.test(reference))
            .map(reference -> "Tenant \"" + login.name()
                    + "\" does not have CryptographicKey referenced by storageReferenceId \"" + reference + "\".")
            .toList();
    }

    private static boolean names(String tenant, LoginTenant login) {
        return login.names().test(tenant);
    }

}
