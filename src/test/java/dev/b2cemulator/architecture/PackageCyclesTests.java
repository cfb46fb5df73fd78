package dev.b2cemulator.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The feature packages ({@code keyset}, {@code token}, {@code security}, {@code error}…)
 * depend on each other in one direction only: a cycle means two packages can only be
 * understood, and changed, together.
 */
class PackageCyclesTests {

    private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(new WrittenHere())
        .importPackages("dev.b2cemulator");

    @Test
    void noCyclesBetweenFeaturePackages() {
        slices().matching("dev.b2cemulator.(*)..").should().beFreeOfCycles().check(MAIN);
    }

}
