package dev.b2cemulator.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.config.EmulatorProperties.PolicyCheck;
import dev.b2cemulator.keyset.KeySetService;
import dev.b2cemulator.policy.PolicyChecks.LoginTenant;
import dev.b2cemulator.store.TenantStore;
import dev.b2cemulator.store.TenantStore.CreateResult;
import dev.b2cemulator.tenant.TenantDomains;

/**
 * The policy rules: an upload passes the checks in their order (the first stage that
 * fails answers, with all its errors) and is stored as received. A tenant's policy writes
 * are serialised, so that the check that a base exists and the store that relies on it
 * cannot be split by a concurrent delete.
 */
@Service
class PolicyService {

    private final TenantStore<Policy> policies;

    private final KeySetService keySets;

    private final EmulatorProperties properties;

    private final TenantDomains domains;

    private final PolicyXsd xsd;

    private final Map<String, Object> tenantLocks = new ConcurrentHashMap<>();

    PolicyService(TenantStore<Policy> policies, KeySetService keySets, TenantDomains domains, PolicyXsd xsd,
            EmulatorProperties properties) {
        this.xsd = xsd;
        this.policies = policies;
        this.keySets = keySets;
        this.domains = domains;
        this.properties = properties;
    }

    record Upload(Policy policy, boolean created) {
    }

    /**
     * PUT {@code …/{id}/$value} (with the URL's id) or POST (without, {@code replace}
     * false).
     */
    Upload upload(String tenant, String urlId, PolicyText.Decoded body, boolean replace) {
        String requestedId = urlId == null ? null : PolicyIds.normalize(urlId);
        if (body.bytesWithoutBom() > properties.maxPolicySize().toBytes()) {
            throw PolicyErrors.tooLarge(properties.maxPolicySize().toBytes());
        }
        PolicyXml.Parsed parsed;
        try {
            parsed = PolicyXml.parse(body.text());
        }
        catch (PolicyXml.NotWellFormedException ex) {
            throw PolicyErrors.notWellFormed(ex.getMessage());
        }
        LoginTenant login = login(tenant, parsed.tenantId());
        String nameInMessages = parsed.policyId() != null ? parsed.policyId() : requestedId;
        List<PolicyXml.Problem> problems = new ArrayList<>(parsed.problems());
        if (problems.isEmpty() && checks(PolicyCheck.SCHEMA)) {
            problems.addAll(xsd.validate(body.text()));
        }
        if (checks(PolicyCheck.SCHEMA) && !problems.isEmpty()) {
            throw PolicyErrors.validationFailed(nameInMessages, login.name(),
                    problems.stream()
                        .map(problem -> PolicyErrors.schemaError(problem, nameInMessages, login.name()))
                        .toList());
        }
        String policyId = PolicyIds.normalize(parsed.policyId());
        if (requestedId != null && !PolicyIds.key(requestedId).equals(PolicyIds.key(policyId))) {
            throw PolicyErrors.idMismatch(urlId, parsed.policyId());
        }
        if (checks(PolicyCheck.TENANT)) {
            failIfAny(policyId, login, PolicyChecks.tenant(parsed, login));
        }
        synchronized (tenantLocks.computeIfAbsent(tenant, t -> new Object())) {
            String baseId = parsed.basePolicy() == null ? null : PolicyIds.normalize(parsed.basePolicy().policyId());
            if (checks(PolicyCheck.BASE)) {
                failIfAny(policyId, login, PolicyChecks.base(policyId, baseId, id -> storedBaseOf(tenant, id), tenant,
                        properties.maxPolicyInheritanceLevels()));
            }
            if (checks(PolicyCheck.KEYS)) {
                failIfAny(policyId, login, PolicyChecks.keys(parsed.storageReferenceIds(),
                        reference -> keySets.exists(tenant, reference), login));
            }
            return store(tenant, new Policy(policyId, baseId, body.text()), replace, login);
        }
    }

    TenantStore.Page<Policy> list(String tenant) {
        return policies.findPage(tenant, 0, Integer.MAX_VALUE);
    }

    int count(String tenant) {
        return policies.count(tenant);
    }

    Policy get(String tenant, String id) {
        return policies.find(tenant, id).orElseThrow(() -> PolicyErrors.notFound(id, tenant));
    }

    /**
     * Allowed whatever names it as a base; those policies stay, and fail the base check
     * when uploaded again.
     */
    void delete(String tenant, String id) {
        synchronized (tenantLocks.computeIfAbsent(tenant, t -> new Object())) {
            policies.delete(tenant, id, deleted -> null).orElseThrow(() -> PolicyErrors.notFound(id, tenant));
        }
    }

    private Upload store(String tenant, Policy policy, boolean replace, LoginTenant login) {
        int max = properties.maxPoliciesPerTenant();
        CreateResult result = replace ? policies.put(tenant, policy, max) : policies.create(tenant, policy, max);
        return switch (result) {
            case CREATED -> new Upload(policy, true);
            case REPLACED -> new Upload(policy, false);
            case EXISTS -> throw PolicyErrors.exists(policy.id());
            case TENANT_FULL -> throw PolicyErrors.tooMany(login.name(), max);
        };
    }

    /** The base id a stored policy names ("" for none); empty when it is not stored. */
    private Optional<String> storedBaseOf(String tenant, String id) {
        return policies.find(tenant, id).map(policy -> policy.basePolicyId() == null ? "" : policy.basePolicyId());
    }

    /**
     * {@code EMULATOR_POLICY_CHECKS}: whether this check is on ({@code none} turns every
     * one off).
     */
    private boolean checks(PolicyCheck check) {
        return properties.policyChecks().contains(check) && !properties.policyChecks().contains(PolicyCheck.NONE);
    }

    private static void failIfAny(String policyId, LoginTenant login, List<String> errors) {
        if (!errors.isEmpty()) {
            throw PolicyErrors.validationFailed(policyId, login.name(), errors);
        }
    }

    /**
     * The tenant's name in messages: the policy's TenantId when it names this tenant,
     * else a known domain or id.
     */
    private LoginTenant login(String tenant, String policyTenantId) {
        return new LoginTenant(tenant, domains.displayName(tenant, policyTenantId),
                name -> domains.names(tenant, name));
    }

}
