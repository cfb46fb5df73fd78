package dev.b2cemulator.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six servlet filters run in the order {@link FilterOrder} documents, each at a place
 * of its own, and all before Spring Security's chain (order -100).
 */
class FilterOrderTests {

    private static final List<String> IN_ORDER = List.of("dev.b2cemulator.web.RequestIdFilter",
            "dev.b2cemulator.web.JournalFilter", "dev.b2cemulator.web.AdminTokenFilter",
            "dev.b2cemulator.web.BodySizeLimitFilter", "dev.b2cemulator.web.GraphPathFilter",
            "dev.b2cemulator.web.FaultFilter");

    @Test
    void theFiltersRunInTheDocumentedOrderBeforeSecurity() throws ClassNotFoundException {
        long previous = Long.MIN_VALUE;
        for (String name : IN_ORDER) {
            Order order = Class.forName(name).getAnnotation(Order.class);
            assertThat(order).as(name + " has an @Order").isNotNull();
            assertThat((long) order.value()).as(name + " runs after the filter before it").isGreaterThan(previous);
            previous = order.value();
        }
        assertThat(previous).as("the last filter runs before Spring Security's chain").isLessThan(-100);
        assertThat(List.of(FilterOrder.REQUEST_IDS, FilterOrder.JOURNAL, FilterOrder.ADMIN_TOKEN, FilterOrder.BODY_SIZE,
                FilterOrder.GRAPH_PATHS, FilterOrder.FAULTS))
            .doesNotHaveDuplicates()
            .isSorted();
    }

}
