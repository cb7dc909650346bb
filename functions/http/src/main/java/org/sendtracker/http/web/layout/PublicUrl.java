package org.sendtracker.http.web.layout;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tracker's own address, for links that leave the browser: the calendar feed a person pastes
 * into Outlook, the links in a calendar event or a CSV row. One source of truth: the configured
 * {@code sendtracker.public-url} ({@code SENDTRACKER_PUBLIC_URL}, template.yaml's {@code
 * PublicUrl}) when it is set; otherwise the address the request itself came to: the scheme the
 * proxy saw ({@code X-Forwarded-Proto}, which API Gateway sets) and the {@code Host} it was sent
 * to. There is no built-in default: a default such as {@code http://localhost:8080} is what sent
 * links to the wrong place on AWS.
 */
@Singleton
public final class PublicUrl {

    /**
     * A host name or address with an optional port: anything else in a Host header is not used in a
     * link.
     */
    private static final Pattern HOST =
            Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+](:[0-9]{1,5})?");

    private final Optional<String> configured;

    PublicUrl(@Value("${sendtracker.public-url:}") String configured) {
        String base = configured.strip();
        this.configured =
                base.isEmpty()
                        ? Optional.empty()
                        : Optional.of(
                                base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    /** {@code path} as an absolute URL, for the request being served. */
    public String of(String path) {
        return configured.orElseGet(
                        () ->
                                ServerRequestContext.currentRequest()
                                        .map(PublicUrl::fromRequest)
                                        .orElse(""))
                + path;
    }

    /**
     * {@code https://host} as the request reached the service; empty (links stay relative) without
     * a usable Host.
     */
    static String fromRequest(HttpRequest<?> request) {
        String host = request.getHeaders().get("Host");
        if (host == null || !HOST.matcher(host.strip()).matches()) {
            return "";
        }
        String forwarded = request.getHeaders().get("X-Forwarded-Proto");
        String scheme =
                forwarded != null
                        ? forwarded.split(",")[0].strip().toLowerCase(Locale.ROOT)
                        : request.isSecure() ? "https" : "http";
        if (!scheme.equals("https") && !scheme.equals("http")) {
            scheme = "https";
        }
        return scheme + "://" + host.strip();
    }
}
