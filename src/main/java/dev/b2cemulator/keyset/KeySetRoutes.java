package dev.b2cemulator.keyset;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.web.servlet.function.RequestPredicates.method;
import static org.springframework.web.servlet.function.RequestPredicates.path;
import static org.springframework.web.servlet.function.RouterFunctions.route;

/**
 * The routes of {@code /beta/trustFramework/keySets}. Functional endpoints, not an
 * annotated controller: these are the calls a load test makes most, and MVC's generic
 * argument and return-value handling cost create an eighth of its throughput
 * (PERFORMANCE.md). What the annotated model did on its own is done here too: GET routes
 * answer HEAD, OPTIONS lists the methods, any other method is a 405 with {@code Allow}.
 */
@Configuration(proxyBeanMethods = false)
class KeySetRoutes {

    static final String KEYSETS = "/beta/trustFramework/keySets";

    private static final String KEYSET = KEYSETS + "/{id}";

    @Bean
    RouterFunction<ServerResponse> keySetRouter(KeySetHandler keySets) {
        return route().route(reading(KEYSETS), keySets::list)
            .POST(KEYSETS, keySets::create)
            .route(reading(KEYSETS + "/$count"), keySets::count)
            .route(reading(KEYSET), keySets::get)
            .PUT(KEYSET, keySets::update)
            .PATCH(KEYSET, keySets::update)
            .DELETE(KEYSET, keySets::delete)
            .route(path(KEYSETS), request -> otherMethod(request, HttpMethod.GET, HttpMethod.POST))
            .route(path(KEYSET),
                    request -> otherMethod(request, HttpMethod.GET, HttpMethod.DELETE, HttpMethod.PUT,
                            HttpMethod.PATCH))
            .build();
    }

    private static RequestPredicate reading(String pattern) {
        return method(HttpMethod.GET).or(method(HttpMethod.HEAD)).and(path(pattern));
    }

    /**
     * As Spring MVC answers for a mapped path: OPTIONS lists the methods (HEAD with GET,
     * and OPTIONS), others are refused naming them.
     */
    private static ServerResponse otherMethod(ServerRequest request, HttpMethod... allowed)
            throws HttpRequestMethodNotSupportedException {
        List<String> names = Stream.of(allowed).map(HttpMethod::name).toList();
        if (HttpMethod.OPTIONS.equals(request.method())) {
            List<String> options = new ArrayList<>(names);
            options.add(1, HttpMethod.HEAD.name());
            options.add(HttpMethod.OPTIONS.name());
            return ServerResponse.ok().header(HttpHeaders.ALLOW, String.join(",", options)).build();
        }
        throw new HttpRequestMethodNotSupportedException(request.method().name(), names);
    }

}
