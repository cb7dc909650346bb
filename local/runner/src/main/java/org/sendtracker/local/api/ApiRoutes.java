package org.sendtracker.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP API's routes as template.yaml declares them ({@code AWS::ApiGatewayV2::Route}, each
 * targeting an {@code AWS_PROXY} integration whose {@code IntegrationUri} is a function's alias),
 * so the runner sends each request to the function API Gateway would. A request goes to its most
 * specific route, as API Gateway chooses: a route without a greedy {@code {proxy+}} before one
 * with, then the one with more literal segments, then a named method before {@code ANY}.
 */
public final class ApiRoutes {

    /** A route: {@code GET /inspections/{id}/progress-report} to {@code ReportsFunction}. */
    public record Route(String method, List<String> segments, String function, String handler) {

        public Route {
            Objects.requireNonNull(method, "method == null");
            segments = List.copyOf(segments);
            Objects.requireNonNull(function, "function == null");
            Objects.requireNonNull(handler, "handler == null");
        }

        /** {@code GET /inspections/{id}/progress-report}, as the template's {@code RouteKey}. */
        public String key() {
            return method + " /" + String.join("/", segments);
        }

        boolean greedy() {
            return !segments.isEmpty() && segments.get(segments.size() - 1).endsWith("+}");
        }

        long literals() {
            return segments.stream().filter(s -> !s.startsWith("{")).count();
        }

        /** The path parameters when {@code method} and {@code path} match, else empty. */
        Optional<Map<String, String>> match(String requestMethod, String path) {
            if (!method.equals("ANY") && !method.equalsIgnoreCase(requestMethod)) {
                return Optional.empty();
            }
            List<String> parts = split(path);
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < segments.size(); i++) {
                String segment = segments.get(i);
                if (segment.endsWith("+}")) {
                    if (i >= parts.size()) {
                        return Optional.empty();
                    }
                    parameters.put(
                            segment.substring(1, segment.length() - 2),
                            String.join("/", parts.subList(i, parts.size())));
                    return Optional.of(parameters);
                }
                if (i >= parts.size()) {
                    return Optional.empty();
                }
                if (segment.startsWith("{") && segment.endsWith("}")) {
                    parameters.put(segment.substring(1, segment.length() - 1), parts.get(i));
                } else if (!segment.equals(parts.get(i))) {
                    return Optional.empty();
                }
            }
            return parts.size() == segments.size() ? Optional.of(parameters) : Optional.empty();
        }
    }

    /** The route a request takes, with its path parameters. */
    public record Matched(Route route, Map<String, String> pathParameters) {}

    private static final Comparator<Route> MOST_SPECIFIC_FIRST =
            Comparator.comparing(Route::greedy)
                    .thenComparing(Comparator.comparingLong(Route::literals).reversed())
                    .thenComparing(route -> route.method().equals("ANY"));

    private final List<Route> routes;

    private ApiRoutes(List<Route> routes) {
        this.routes = routes.stream().sorted(MOST_SPECIFIC_FIRST).toList();
    }

    /**
     * The routes of {@code template} (template.yaml).
     *
     * @throws IllegalArgumentException naming the route whose target is not a function's alias
     */
    public static ApiRoutes fromTemplate(InputStream template) {
        JsonNode resources;
        try {
            resources = new ObjectMapper(new YAMLFactory()).readTree(template).path("Resources");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template.yaml", e);
        }
        List<Route> routes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            if (!resource.getValue().path("Type").asText().equals("AWS::ApiGatewayV2::Route")) {
                continue;
            }
            JsonNode properties = resource.getValue().path("Properties");
            String routeKey = properties.path("RouteKey").asText();
            // Target: !Sub 'integrations/${HttpIntegration}' (the YAML tag is not kept)
            String target =
                    properties.path("Target").asText().replaceAll("^integrations/\\$\\{|}$", "");
            String uri = resources.path(target).path("Properties").path("IntegrationUri").asText();
            if (!uri.endsWith(".Alias")) {
                throw new IllegalArgumentException(
                        "template.yaml: route "
                                + resource.getKey()
                                + " ("
                                + routeKey
                                + ") does not target a function's alias through an integration");
            }
            String function = uri.substring(0, uri.length() - ".Alias".length());
            String handler = resources.path(function).path("Properties").path("Handler").asText();
            int space = routeKey.indexOf(' ');
            routes.add(
                    new Route(
                            routeKey.substring(0, space),
                            split(routeKey.substring(space + 1)),
                            function,
                            handler));
        }
        return new ApiRoutes(routes);
    }

    /** The template the runner carries (a copy of the repository's template.yaml). */
    public static ApiRoutes ofTheTemplate() {
        try (InputStream template = ApiRoutes.class.getResourceAsStream("/template.yaml")) {
            if (template == null) {
                throw new IllegalStateException("template.yaml is not on the runner's classpath");
            }
            return fromTemplate(template);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template.yaml", e);
        }
    }

    public List<Route> routes() {
        return routes;
    }

    /** The route API Gateway would send {@code method path} to, if any. */
    public Optional<Matched> route(String method, String path) {
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.match(method, path);
            if (parameters.isPresent()) {
                return Optional.of(new Matched(route, parameters.get()));
            }
        }
        return Optional.empty();
    }

    private static List<String> split(String path) {
        return List.of(path.replaceAll("^/+|/+$", "").split("/", -1)).stream()
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
