package dev.b2cemulator.store;

import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One change to a {@link TenantMap}, as {@link DurableTenantMap} writes it to its log,
 * one record a line: {@code {"op":"put","tenant":…,"put":value}},
 * {@code {"op":"remove","tenant":…,"id":…,"put":backup}} (the backup that replaces the
 * removed value, in the same record, or none) and {@code {"op":"clear","tenant":…}} (no
 * tenant: every tenant). The value's member is named {@code put} in both, as in the first
 * version of the file.
 *
 * @param <T> the kind of value
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({ @JsonSubTypes.Type(value = Change.Put.class, name = "put"),
        @JsonSubTypes.Type(value = Change.Remove.class, name = "remove"),
        @JsonSubTypes.Type(value = Change.Clear.class, name = "clear") })
public sealed interface Change<T> {

    /** The same change with the value in another form (the one on disk, or back). */
    <S> Change<S> map(Function<T, S> form);

    /** A value as it now is: new, or replacing the one with its id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Put<T>(String tenant, @JsonProperty("put") T value) implements Change<T> {

        @Override
        public <S> Change<S> map(Function<T, S> form) {
            return new Put<>(tenant, form.apply(value));
        }

    }

    /**
     * The value with this id removed and, if not null, {@code backup} stored in its
     * stead.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Remove<T>(String tenant, String id, @JsonProperty("put") T backup) implements Change<T> {

        @Override
        public <S> Change<S> map(Function<T, S> form) {
            return new Remove<>(tenant, id, backup == null ? null : form.apply(backup));
        }

    }

    /** Every value of one tenant, or of every tenant when {@code tenant} is null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Clear<T>(String tenant) implements Change<T> {

        @Override
        public <S> Change<S> map(Function<T, S> form) {
            return new Clear<>(tenant);
        }

    }

}
