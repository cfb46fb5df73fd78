package dev.b2cemulator.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * The classes this team wrote: not the tests, and not what Spring's AOT processing
 * generates into {@code target/classes} at package time ({@code __BeanDefinitions} and
 * the like, which refer to every package), so a second build without {@code clean} checks
 * the same classes as the first.
 */
final class WrittenHere implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location) && !location.contains("__")
                && !location.contains("$$SpringCGLIB$$");
    }

}
