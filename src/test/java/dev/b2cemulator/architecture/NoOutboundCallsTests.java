package dev.b2cemulator.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The emulator never calls out: no class of it opens a socket or a URL connection, or
 * uses an HTTP client. The one exception is the user's to make: an issuer listed in
 * {@code EMULATOR_TRUSTED_ISSUERS} has its discovery document and keys fetched by Spring
 * Security's {@code NimbusJwtDecoder.withIssuerLocation}, in {@code GraphJwtDecoder}.
 */
class NoOutboundCallsTests {

    private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(new WrittenHere())
        .importPackages("dev.b2cemulator");

    private static final DescribedPredicate<JavaClass> NETWORK_CLIENTS = DescribedPredicate.or(
            resideInAPackage("java.net.http.."), simpleName("Socket"), simpleName("URLConnection"),
            simpleName("HttpURLConnection"), simpleName("DatagramSocket"), simpleName("RestTemplate"),
            simpleName("RestClient"), simpleName("WebClient"), simpleName("OkHttpClient"));

    @Test
    void noClassOpensAConnection() {
        noClasses().should().dependOnClassesThat(NETWORK_CLIENTS).check(MAIN);
        noClasses().should().callMethod(java.net.URL.class, "openConnection").check(MAIN);
        noClasses().should().callMethod(java.net.URL.class, "openStream").check(MAIN);
    }

    @Test
    void onlyTheTrustedIssuersFetchFromTheirIssuer() {
        noClasses().that()
            .doNotHaveSimpleName("GraphJwtDecoder")
            .should()
            .callMethodWhere(DescribedPredicate.describe("a JwtDecoder built from a location",
                    call -> call.getTarget().getName().startsWith("withIssuerLocation")
                            || call.getTarget().getName().startsWith("withJwkSetUri")
                            || call.getTarget().getName().startsWith("fromIssuerLocation")))
            .check(MAIN);
    }

}
