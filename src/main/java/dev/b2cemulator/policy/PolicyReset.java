package dev.b2cemulator.policy;

import org.springframework.stereotype.Component;

import dev.b2cemulator.store.TenantStore;

/**
 * {@code POST /_emulator/reset} for policies: forgets every tenant's policies, or one
 * tenant's.
 */
@Component
public class PolicyReset {

    private final TenantStore<Policy> policies;

    PolicyReset(TenantStore<Policy> policies) {
        this.policies = policies;
    }

    /** {@code tenantId} null for all tenants. */
    public void reset(String tenantId) {
        if (tenantId == null) {
            policies.clear();
        }
        else {
            policies.clear(tenantId);
        }
    }

}
