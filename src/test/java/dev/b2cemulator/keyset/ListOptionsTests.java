package dev.b2cemulator.keyset;

import org.junit.jupiter.api.Test;

import dev.b2cemulator.error.GraphException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListOptionsTests {

    @Test
    void defaultsAreEverythingFromTheStart() {
        ListOptions options = ListOptions.parse(null, null, null, null);

        assertThat(options.limit()).isEqualTo(Integer.MAX_VALUE);
        assertThat(options.after()).isZero();
        assertThat(options.select()).isNull();
        assertThat(options.count()).isFalse();
    }

    @Test
    void skipTokensRoundTrip() {
        assertThat(ListOptions.parse("5", ListOptions.skipTokenFor(42), " Id , keys", "TRUE"))
            .isEqualTo(new ListOptions(5, 42, java.util.Set.of("id", "keys"), true));
    }

    @Test
    void badValuesAreBadRequests() {
        for (String[] bad : new String[][] { { "0", null, null, null }, { "1001", null, null, null },
                { "ten", null, null, null }, { null, "garbage!", null, null }, { null, null, "name", null },
                { null, null, null, "yes" } }) {
            assertThatThrownBy(() -> ListOptions.parse(bad[0], bad[1], bad[2], bad[3]))
                .isInstanceOf(GraphException.class)
                .extracting("error.code")
                .isEqualTo("BadRequest");
        }
    }

}
