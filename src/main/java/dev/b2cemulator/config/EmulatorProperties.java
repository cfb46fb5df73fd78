package dev.b2cemulator.config;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything a user can set, under {@code emulator.*}; each property is also an
 * environment variable ({@code emulator.auth-mode} = {@code EMULATOR_AUTH_MODE}). The
 * README's configuration table lists them. Their bounds are checked by
 * {@link EmulatorPropertiesValidator} as they are bound.
 */
@ConfigurationProperties("emulator")
public record EmulatorProperties(@DefaultValue("strict") AuthMode authMode,
        @DefaultValue(DEFAULT_TENANT) String defaultTenant, String publicBaseUrl, Path signingKeyFile,
        @DefaultValue List<String> trustedIssuers, @DefaultValue List<Client> clients,
        @DefaultValue("b2c") ErrorStatus errorStatus, @DefaultValue("100") int maxKeysPerSet,
        @DefaultValue("1MB") DataSize maxBodySize, Path seedFile, Path dataDir, @DefaultValue Journal journal,
        String faults, @DefaultValue Tls tls, @DefaultValue("100000") int maxKeySetsPerTenant,
        @DefaultValue("16KB") DataSize maxTokenSize, String adminToken, @DefaultValue("1MB") DataSize maxPolicySize,
        @DefaultValue("4MB") DataSize maxPolicyBodySize, @DefaultValue("200") int maxPoliciesPerTenant,
        @DefaultValue("10") int maxPolicyInheritanceLevels, String tenantDomains, @DefaultValue( {
                "schema", "tenant", "base", "keys" }) List<PolicyCheck> policyChecks,
        Path policyXsdFile, @DefaultValue("8") int rsaKeyPoolSize){

    public static final String DEFAULT_TENANT = "00000000-0000-0000-0000-000000000001";

    /** The admin token and the clients' secrets stay out of logs. */
    @Override
    public String toString() {
        return "EmulatorProperties[authMode=" + authMode + ", defaultTenant=" + defaultTenant + ", publicBaseUrl="
                + publicBaseUrl + ", clients=" + clients + ", errorStatus=" + errorStatus + ", dataDir=" + dataDir
                + ", tls=" + tls + ", adminToken=" + (adminToken == null ? "none" : "****") + "]";
    }

    /**
     * The policy upload checks that can be turned off ({@code EMULATOR_POLICY_CHECKS});
     * well-formedness, ids and sizes are always checked. {@code none} alone turns all
     * four off.
     */
    public enum PolicyCheck {

        SCHEMA, TENANT, BASE, KEYS, NONE

    }

    /**
     * {@code strict}: every Graph call needs a valid token. {@code off}: no token needed
     * (quick curl sessions).
     */
    public enum AuthMode {

        STRICT, OFF

    }

    /**
     * {@code b2c}: not-found and duplicate answer 400 as B2C does. {@code rest}: 404 and
     * 409.
     */
    public enum ErrorStatus {

        B2C, REST

    }

    /**
     * The request journal of {@code /_emulator/requests}: the newest {@code maxEntries}
     * calls.
     */
    public record Journal(@DefaultValue("1000") int maxEntries) {
    }

    /**
     * HTTPS beside HTTP: a self-signed certificate for localhost kept in the data dir (or
     * a temp folder), or the user's PEM pair or PKCS#12 keystore. The keystore password
     * never appears in toString.
     */
    public record Tls(@DefaultValue("false") boolean enabled, @DefaultValue("8443") int port, Path certFile,
            Path keyFile, Path keystoreFile, String keystorePassword, @DefaultValue List<String> hostnames) {

        @Override
        public String toString() {
            return "Tls[enabled=" + enabled + ", port=" + port + ", certFile=" + certFile + ", keyFile=" + keyFile
                    + ", keystoreFile=" + keystoreFile + ", hostnames=" + hostnames + "]";
        }
    }

    /**
     * A client allowed to get tokens once any client is configured; the secret never
     * appears in toString.
     */
    public record Client(String id, String secret, @DefaultValue( {
            "TrustFrameworkKeySet.ReadWrite.All", "Policy.ReadWrite.TrustFramework" }) List<String> roles){

        @Override
        public String toString() {
            return "Client[id=" + id + ", secret=****, roles=" + roles + "]";
        }
    }

}
