package dev.b2cemulator.keyset;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A page of keysets: {@code @odata.count} with {@code $count=true},
 * {@code @odata.nextLink} when more remain.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record KeySetCollectionResponse(@JsonProperty("@odata.context") String context,
        @JsonProperty("@odata.count") Integer count, List<KeySetResponse> value,
        @JsonProperty("@odata.nextLink") String nextLink) {
}
