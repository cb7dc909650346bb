package org.sendtracker.local.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.local.idp.DemoUser;
import org.sendtracker.shared.Html;

/**
 * {@code /local/idp}: the local OpenID Connect provider's endpoints (discovery, JWKS, authorization
 * with a page listing the demo users, token, logout), and {@code POST /local/idp/token} with {@code
 * {"user":"admin"}} for scripts. Local runner only: never in a Lambda jar.
 */
@Controller("/local/idp")
final class LocalIdentityProviderController {

    private final LocalIdentityProvider provider;
    private final JsonMapper json;

    LocalIdentityProviderController(LocalIdentityProvider provider, JsonMapper json) {
        this.provider = provider;
        this.json = json;
    }

    @Get(value = "/.well-known/openid-configuration", produces = MediaType.APPLICATION_JSON)
    Map<String, Object> discovery() {
        String issuer = provider.issuer();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("authorization_endpoint", issuer + "/authorize");
        document.put("token_endpoint", issuer + "/token");
        document.put("jwks_uri", issuer + "/jwks.json");
        document.put("end_session_endpoint", issuer + "/logout");
        document.put("response_types_supported", new String[] {"code"});
        document.put("subject_types_supported", new String[] {"public"});
        document.put("id_token_signing_alg_values_supported", new String[] {"RS256"});
        document.put("code_challenge_methods_supported", new String[] {"S256"});
        document.put("scopes_supported", new String[] {"openid", "email", "profile"});
        document.put("token_endpoint_auth_methods_supported", new String[] {"none"});
        return document;
    }

    @Get(value = "/jwks.json", produces = MediaType.APPLICATION_JSON)
    String jwks() {
        return provider.jwks();
    }

    /**
     * The sign-in page: the demo users to choose from, each a button that sends the browser back
     * with a code.
     */
    @Get(value = "/authorize", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> authorize(HttpRequest<?> request) {
        Map<String, String> query = new LinkedHashMap<>();
        request.getParameters()
                .forEach((name, values) -> query.put(name, values.isEmpty() ? "" : values.get(0)));
        Optional<String> problem = problem(query);
        if (problem.isPresent()) {
            return page(
                    HttpStatus.BAD_REQUEST,
                    "<h1 class=\"govuk-heading-l\">This sign-in request cannot be used</h1><p class=\"govuk-body\">"
                            + Html.escape(problem.get())
                            + "</p>");
        }
        StringBuilder users = new StringBuilder();
        for (DemoUser user : DemoUser.ALL) {
            users.append(
                    "<form method=\"post\" action=\"/local/idp/authorize\" class=\"app-idp-user\">");
            for (String name :
                    new String[] {
                        "client_id", "redirect_uri", "state", "nonce", "code_challenge"
                    }) {
                users.append("<input type=\"hidden\" name=\"")
                        .append(name)
                        .append("\" value=\"")
                        .append(Html.escape(query.getOrDefault(name, "")))
                        .append("\">");
            }
            users.append("<input type=\"hidden\" name=\"user\" value=\"")
                    .append(Html.escape(user.id()))
                    .append("\">")
                    .append(
                            "<button type=\"submit\" class=\"govuk-button govuk-button--secondary govuk-!-margin-bottom-2\" id=\"user-")
                    .append(Html.escape(user.id()))
                    .append("\">Sign in as ")
                    .append(Html.escape(user.name()))
                    .append("</button>")
                    .append("<p class=\"govuk-body-s\">")
                    .append(Html.escape(user.description()))
                    .append("</p></form>");
        }
        return page(
                HttpStatus.OK,
                "<span class=\"govuk-caption-l\">Local sign-in (this laptop only)</span>"
                        + "<h1 class=\"govuk-heading-l\">Choose who to sign in as</h1>"
                        + "<p class=\"govuk-body\">In AWS this is the council's own sign-in (Amazon Cognito, or the identity provider it federates to). "
                        + "Here, each demo user stands for a kind of officer: what they can see and change is granted in the tracker.</p>"
                        + users);
    }

    @Post(value = "/authorize", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> chosen(@Nullable @Body String body) {
        FormData form = FormData.parse(body);
        Map<String, String> fields = new LinkedHashMap<>(form.firstValues());
        fields.put("response_type", "code");
        fields.put("code_challenge_method", "S256");
        Optional<DemoUser> user = DemoUser.byId(fields.getOrDefault("user", ""));
        Optional<String> problem =
                problem(fields)
                        .or(
                                () ->
                                        user.isEmpty()
                                                ? Optional.of("Choose one of the demo users.")
                                                : Optional.empty());
        if (problem.isPresent()) {
            return page(
                    HttpStatus.BAD_REQUEST,
                    "<h1 class=\"govuk-heading-l\">This sign-in request cannot be used</h1><p class=\"govuk-body\">"
                            + Html.escape(problem.get())
                            + "</p>");
        }
        String code =
                provider.issueCode(
                        user.get(),
                        fields.get("client_id"),
                        fields.get("redirect_uri"),
                        fields.get("code_challenge"),
                        fields.get("nonce"));
        String back =
                fields.get("redirect_uri")
                        + "?code="
                        + encode(code)
                        + "&state="
                        + encode(fields.getOrDefault("state", ""));
        return HttpResponse.seeOther(URI.create(back));
    }

    /**
     * The token endpoint: an authorization code with its PKCE verifier (form-encoded, as OpenID
     * Connect clients send it), or {@code {"user":"<demo user id>"}} as JSON for scripts.
     */
    @Post(value = "/token", produces = MediaType.APPLICATION_JSON)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    MutableHttpResponse<?> token(HttpRequest<?> request, @Nullable @Body String body) {
        if (request.getContentType().filter(MediaType.APPLICATION_JSON_TYPE::matches).isPresent()) {
            Object user;
            try {
                user = body == null ? null : json.readValue(body, Map.class).get("user");
            } catch (IOException | RuntimeException e) {
                user = null;
            }
            Optional<DemoUser> demo =
                    user instanceof String id ? DemoUser.byId(id) : Optional.empty();
            if (demo.isEmpty()) {
                return HttpResponse.badRequest(
                        Map.of(
                                "error",
                                "invalid_request",
                                "error_description",
                                "Send {\"user\":\"<demo user id>\"}: one of admin, cumbria-editor, lancashire-viewer, national-viewer"));
            }
            return HttpResponse.ok(provider.accessToken(demo.get()));
        }
        FormData form = FormData.parse(body);
        if (!"authorization_code".equals(form.first("grant_type"))) {
            return HttpResponse.badRequest(Map.of("error", "unsupported_grant_type"));
        }
        return provider.exchange(
                        form.first("code"),
                        form.first("client_id"),
                        form.first("redirect_uri"),
                        form.first("code_verifier"))
                .<MutableHttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> HttpResponse.badRequest(Map.of("error", "invalid_grant")));
    }

    /**
     * Signs out here (nothing to forget: the provider keeps no session) and goes back to the
     * tracker.
     */
    @Get("/logout")
    MutableHttpResponse<?> logout(
            @Nullable @QueryValue("client_id") String clientId,
            @Nullable @QueryValue("logout_uri") String logoutUri) {
        if (!provider.isOurClient(clientId, logoutUri)) {
            return page(
                    HttpStatus.BAD_REQUEST,
                    "<h1 class=\"govuk-heading-l\">This sign-out request cannot be used</h1>");
        }
        return HttpResponse.seeOther(URI.create(logoutUri));
    }

    private Optional<String> problem(Map<String, String> query) {
        if (!"code".equals(query.get("response_type"))) {
            return Optional.of("Only the authorization code flow (response_type=code) is offered.");
        }
        if (!provider.isOurClient(query.get("client_id"), query.get("redirect_uri"))) {
            return Optional.of("The client or its return address is not one this provider knows.");
        }
        if (query.getOrDefault("code_challenge", "").isEmpty()
                || !"S256".equals(query.get("code_challenge_method"))) {
            return Optional.of("A PKCE code challenge (S256) is required.");
        }
        return Optional.empty();
    }

    private static MutableHttpResponse<?> page(HttpStatus status, String content) {
        String html =
                "<!DOCTYPE html><html lang=\"en\" class=\"govuk-template\"><head><meta charset=\"utf-8\"><title>Sign in – local</title>"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"stylesheet\" href=\"/govuk/govuk-frontend.min.css\">"
                        + "</head><body class=\"govuk-template__body\"><div class=\"govuk-width-container\"><main class=\"govuk-main-wrapper\" id=\"main-content\">"
                        + content
                        + "</main></div></body></html>";
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE).body(html);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
