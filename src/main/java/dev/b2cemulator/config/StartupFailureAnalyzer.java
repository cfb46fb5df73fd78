package dev.b2cemulator.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionFailedException;

/**
 * A start that fails on a setting prints one short, plain message — what is wrong, with
 * which property and environment variable — instead of a stack trace around it. For an
 * enum setting the message lists the allowed values. Registered in
 * {@code META-INF/spring.factories}; ahead of Boot's own analyzers.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupFailureAnalyzer implements FailureAnalyzer {

    private static final String ACTION = "Correct the setting and start again; docs/CONFIGURATION.md lists every "
            + "setting with its environment variable and allowed values.";

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupException startup) {
                return new FailureAnalysis(startup.getMessage(), ACTION, startup);
            }
            if (cause instanceof BindException bind) {
                FailureAnalysis enumFailure = badEnum(bind);
                if (enumFailure != null) {
                    return enumFailure;
                }
            }
        }
        return null;
    }

    private static FailureAnalysis badEnum(BindException bind) {
        for (Throwable cause = bind; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConversionFailedException conversion
                    && conversion.getTargetType().getType().isEnum()) {
                String allowed = Arrays.stream(conversion.getTargetType().getType().getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
                String property = bind.getName().toString();
                String description = property + " (" + environmentVariable(property) + ") is '" + conversion.getValue()
                        + "', which is not one of the allowed values: " + allowed + ".";
                return new FailureAnalysis(description, ACTION, bind);
            }
        }
        return null;
    }

    static String environmentVariable(String property) {
        return property.replace('.', '_').replace('-', '_').replace("[", "_").replace("]", "").toUpperCase(Locale.ROOT);
    }

}
