package dev.b2cemulator.jwk;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.support.TestProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool fills once the application is ready, hands each pair out once, falls back to
 * generating when drained, refills, and is off at size 0. Bounded by counts and a
 * generous wait on a condition, never by speed.
 */
class RsaKeyPoolTests {

    @Test
    void keysComeFromThePoolOnceEachThenInlineWhenDrainedAndThePoolRefills() throws Exception {
        RsaKeyPool pool = new RsaKeyPool(withPoolSize(3));
        assertThat(pool.available()).as("nothing is made before the application is ready").isZero();
        pool.startFilling();
        awaitAvailable(pool, 3);

        Set<String> moduli = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            RSAKey key = pool.take();
            assertThat(key.isPrivate()).isTrue();
            assertThat(key.size()).isEqualTo(2048);
            moduli.add(key.getModulus().toString());
        }

        assertThat(moduli).as("every key pair is new").hasSize(5);
        awaitAvailable(pool, 3);
        assertThat(pool.filling()).isTrue();
        pool.stopFilling();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (pool.filling() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(pool.filling()).as("the filler stops with the application").isFalse();
    }

    @Test
    void sizeZeroGeneratesEveryKeyInline() {
        RsaKeyPool pool = new RsaKeyPool(withPoolSize(0));
        pool.startFilling();

        assertThat(pool.take().getModulus()).isNotEqualTo(pool.take().getModulus());
        assertThat(pool.available()).isZero();
    }

    private static void awaitAvailable(RsaKeyPool pool, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (pool.available() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(pool.available()).isEqualTo(count);
    }

    private static EmulatorProperties withPoolSize(int size) {
        EmulatorProperties defaults = TestProperties.defaults();
        return new EmulatorProperties(defaults.authMode(), defaults.defaultTenant(), defaults.publicBaseUrl(),
                defaults.signingKeyFile(), defaults.trustedIssuers(), defaults.clients(), defaults.errorStatus(),
                defaults.maxKeysPerSet(), defaults.maxBodySize(), defaults.seedFile(), defaults.dataDir(),
                defaults.journal(), defaults.faults(), defaults.tls(), defaults.maxKeySetsPerTenant(),
                defaults.maxTokenSize(), defaults.adminToken(), defaults.maxPolicySize(), defaults.maxPolicyBodySize(),
                defaults.maxPoliciesPerTenant(), defaults.maxPolicyInheritanceLevels(), defaults.tenantDomains(),
                defaults.policyChecks(), defaults.policyXsdFile(), size);
    }

}
