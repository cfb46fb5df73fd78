package dev.b2cemulator.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.validation.FieldError;

/**
 * A start that fails on a setting prints one short, plain message — what is wrong, with
 * which property and environment variable — instead of a stack trace around it. For an
 * enum setting the message lists the allowed values; for a value out of bounds, the bound
 * ({@link EmulatorPropertiesValidator}). Registered in {@code META-INF/spring.factories};
 * ahead of Boot's own analyzers.
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
            if (cause instanceof BindValidationException invalid) {
                return outOfBounds(invalid);
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

    /** One line per refused setting: its name, its variable, its value and the bound. */
    private static FailureAnalysis outOfBounds(BindValidationException invalid) {
        ValidationErrors errors = invalid.getValidationErrors();
        String description = errors.getAllErrors().stream().map(error -> {
            if (error instanceof FieldError field) {
                String property = errors.getName() + "." + field.getField();
                String value = (field.getRejectedValue() != null) ? "is '" + field.getRejectedValue() + "'"
                        : "is not set";
                return property + " (" + environmentVariable(property) + ") " + value + ": " + field.getDefaultMessage()
                        + ".";
            }
            return errors.getName() + ": " + error.getDefaultMessage() + ".";
        }).collect(Collectors.joining("\n"));
        return new FailureAnalysis(description, ACTION, invalid);
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
