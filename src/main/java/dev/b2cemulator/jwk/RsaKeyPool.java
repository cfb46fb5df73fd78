package dev.b2cemulator.jwk;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import jakarta.annotation.PreDestroy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.b2cemulator.config.EmulatorProperties;

/**
 * RSA-2048 key pairs made ahead of time ({@code EMULATOR_RSA_KEY_POOL_SIZE}, 8 by
 * default; 0 turns the pool off), so that the few generateKey calls of a pipeline answer
 * at once instead of after a prime search. One thread refills the pool after the
 * application is ready; a drained pool falls back to generating inline. Each pair is
 * handed out once and made with the JDK's {@code SecureRandom}, so keys stay unique and
 * unpredictable. A key pair is the same whatever its {@code use}, so one pool serves
 * both.
 */
@Component
public class RsaKeyPool {

    private static final Logger log = LoggerFactory.getLogger(RsaKeyPool.class);

    private final BlockingQueue<RSAKey> ready;

    private volatile Thread filler;

    public RsaKeyPool(EmulatorProperties properties) {
        this.ready = properties.rsaKeyPoolSize() == 0 ? null : new ArrayBlockingQueue<>(properties.rsaKeyPoolSize());
    }

    /** A new key pair: from the pool when one is ready, else made now. */
    public RSAKey take() {
        RSAKey key = ready == null ? null : ready.poll();
        return key != null ? key : generate();
    }

    /** How many pairs wait in the pool. */
    public int available() {
        return ready == null ? 0 : ready.size();
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void startFilling() {
        if (ready == null || filler != null) {
            return;
        }
        filler = new Thread(this::fill, "rsa-key-pool");
        filler.setDaemon(true);
        filler.start();
    }

    /** The filler stops with the application (tests start and stop many). */
    @PreDestroy
    public synchronized void stopFilling() {
        if (filler != null) {
            filler.interrupt();
        }
    }

    boolean filling() {
        Thread thread = filler;
        return thread != null && thread.isAlive();
    }

    private void fill() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                ready.put(generate());
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (RuntimeException ex) {
            log.warn("The RSA key pool stopped filling; generateKey makes its keys inline: {}", ex.getMessage());
        }
    }

    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).generate();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Cannot generate an RSA key", ex);
        }
    }

}
