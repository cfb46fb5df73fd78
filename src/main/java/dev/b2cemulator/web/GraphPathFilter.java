package dev.b2cemulator.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.b2cemulator.web.FilterOrder;

/**
 * Presents every spelling of a Graph address to Spring Security and Spring MVC in its one
 * canonical form ({@link GraphPaths}), so that routing and permission rules are written
 * once.
 */
@Component
@Order(FilterOrder.GRAPH_PATHS)
class GraphPathFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = GraphPaths.path(request);
        if (!GraphPaths.isGraph(path)) {
            chain.doFilter(request, response);
            return;
        }
        String canonical = GraphPaths.canonical(path);
        chain.doFilter(canonical.equals(path) ? request : new CanonicalPathRequest(request, canonical), response);
    }

    private static final class CanonicalPathRequest extends HttpServletRequestWrapper {

        private final String path;

        CanonicalPathRequest(HttpServletRequest request, String path) {
            super(request);
            this.path = path;
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
            url.append(':').append(getServerPort());
            return url.append(getRequestURI());
        }

        @Override
        public String getServletPath() {
            return path;
        }

        @Override
        public String getPathInfo() {
            return null;
        }

    }

}
