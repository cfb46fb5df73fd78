package dev.b2cemulator.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.util.IPAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.b2cemulator.config.StartupException;

/**
 * The server certificate the {@link EmulatorCa} issues for {@code localhost},
 * {@code 127.0.0.1}, {@code ::1} and the names of {@code EMULATOR_TLS_HOSTNAMES}, kept
 * beside the CA as {@code server.crt} (the chain: server, then CA) and
 * {@code server.key}. Re-issued at start when the names changed, when another CA signed
 * it, or when less than 30 days remain; the CA stays.
 */
final class ServerCertificate {

    private static final Logger log = LoggerFactory.getLogger(ServerCertificate.class);

    private static final Pattern DNS_NAME = Pattern
        .compile("(\\*\\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    private static final List<String> ALWAYS = List.of("localhost", "127.0.0.1", "::1");

    record Material(Path chainFile, Path keyFile, String chainPem, String caPem) {
    }

    private ServerCertificate() {
    }

    static Material ensure(Path dir, List<String> hostnames) {
        GeneralNames names = subjectAlternativeNames(hostnames);
        Path chain = dir.resolve("server.crt");
        Path key = dir.resolve("server.key");
        try {
            EmulatorCa ca = EmulatorCa.loadOrCreate(dir);
            String caPem = Pem.encode("CERTIFICATE", ca.certificate().getEncoded());
            if (!current(chain, key, ca, names)) {
                KeyPair pair = EmulatorCa.newKeyPair();
                X509Certificate server = ca.issue(pair.getPublic(), names);
                Pem.writePrivateKey(key, pair.getPrivate());
                Files.writeString(chain, Pem.encode("CERTIFICATE", server.getEncoded()) + caPem,
                        StandardCharsets.US_ASCII);
                log.info(
                        "Issued the HTTPS certificate for {} from the emulator's CA in {} (trust {}, or GET "
                                + "/_emulator/ca.pem)",
                        String.join(", ", names(hostnames)), dir, dir.resolve("ca.crt"));
            }
            return new Material(chain, key, Files.readString(chain, StandardCharsets.US_ASCII), caPem);
        }
        catch (IOException | GeneralSecurityException ex) {
            throw new StartupException(
                    "emulator.tls: cannot make the HTTPS certificate in " + dir + ": " + ex.getMessage(), ex);
        }
    }

    /** Every name the certificate must carry, in order, each once. */
    static GeneralNames subjectAlternativeNames(List<String> hostnames) {
        Set<GeneralName> names = new LinkedHashSet<>();
        for (String name : names(hostnames)) {
            if (IPAddress.isValid(name)) {
                names.add(new GeneralName(GeneralName.iPAddress, name));
            }
            else if (DNS_NAME.matcher(name).matches() && name.length() <= 253) {
                names.add(new GeneralName(GeneralName.dNSName, name));
            }
            else {
                throw new StartupException("emulator.tls.hostnames: '" + name
                        + "' is not a host name or an IP address (a comma-separated list such as "
                        + "graph.microsoft.com,login.microsoftonline.com)");
            }
        }
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    private static List<String> names(List<String> hostnames) {
        Set<String> names = new LinkedHashSet<>(ALWAYS);
        hostnames.stream()
            .map(name -> name.strip().toLowerCase(Locale.ROOT))
            .filter(name -> !name.isEmpty())
            .forEach(names::add);
        return List.copyOf(names);
    }

    private static boolean current(Path chain, Path key, EmulatorCa ca, GeneralNames names)
            throws IOException, GeneralSecurityException {
        if (!Files.exists(chain) || !Files.exists(key)) {
            return false;
        }
        X509Certificate server = Pem.certificates(Files.readString(chain, StandardCharsets.US_ASCII)).get(0);
        GeneralNames issuedFor = GeneralNames.fromExtensions(new JcaX509CertificateHolder(server).getExtensions(),
                Extension.subjectAlternativeName);
        return ca.issued(server) && issuedFor != null && Set.of(issuedFor.getNames()).equals(Set.of(names.getNames()))
                && server.getNotAfter().toInstant().isAfter(Instant.now().plus(Duration.ofDays(30)));
    }

}
