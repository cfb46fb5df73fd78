package dev.b2cemulator.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import dev.b2cemulator.config.StartupException;
import dev.b2cemulator.error.GraphErrorCode;
import dev.b2cemulator.error.GraphException;
import dev.b2cemulator.store.TenantStore;

/** The policies' part of the seed file and of reset, for {@code seed/}. */
@Component
public class PolicySeeding {

    private final PolicyService policies;

    private final TenantStore<Policy> store;

    PolicySeeding(PolicyService policies, TenantStore<Policy> store) {
        this.policies = policies;
        this.store = store;
    }

    /**
     * Uploads one policy file through every upload check. A policy kept from an earlier
     * run ({@code EMULATOR_DATA_DIR}) is left as it is. A failure names the file and the
     * check.
     */
    public void seed(String tenantName, String tenantId, Path file) {
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        }
        catch (IOException ex) {
            throw new StartupException("emulator.seed-file: tenant '" + tenantName + "', policy file " + file
                    + " cannot be read: " + ex.getMessage());
        }
        try {
            policies.upload(tenantId, null, PolicyText.decode(body, null), false);
        }
        catch (GraphException ex) {
            if (ex.error() != GraphErrorCode.POLICY_EXISTS) {
                throw new StartupException("emulator.seed-file: tenant '" + tenantName + "', policy file " + file + ": "
                        + ex.code() + " " + ex.getMessage());
            }
        }
    }

    /** Forgets the policies of every tenant ({@code tenantId} null) or of one. */
    public void clear(String tenantId) {
        if (tenantId == null) {
            store.clear();
        }
        else {
            store.clear(tenantId);
        }
    }

}
