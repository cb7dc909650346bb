package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorization-code flow with PKCE between the tracker and the local provider, over plain HTTP
 * as a browser makes it: each redirect, cookie and refusal checked (the browser tests go through
 * the same pages).
 */
@ExtendWith(RunningSystem.class)
class SignInFlowTest {

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\">");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signingIn_goesToTheProvider_andBack_withAnHttpOnlySameSiteSession(RunningSystem system)
            throws Exception {
        Flow flow = new Flow(system);

        HttpResponse<String> done = flow.signIn("/areas", "cumbria-editor");

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).hasValue("/areas");
        String session =
                done.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("sendtracker_session="))
                        .findFirst()
                        .orElseThrow();
        assertThat(session)
                .contains("Path=/", "HTTPOnly", "SameSite=Lax")
                .containsPattern("Max-Age=(3[0-5]\\d\\d|[12]\\d\\d\\d)");
        HttpResponse<String> areas = flow.get("/areas");
        assertThat(areas.statusCode()).isEqualTo(200);
        assertThat(areas.body())
                .contains("Signed in as <strong>Cara Editor</strong>", "Cumbria")
                .doesNotContain("Lancashire");
    }

    @Test
    void signingIn_neverSendsAnyoneToAnotherSite(RunningSystem system) throws Exception {
        for (String returnTo :
                List.of(
                        "//evil.example/",
                        "https://evil.example/",
                        "/\\evil.example",
                        "javascript:alert(1)")) {
            HttpResponse<String> done = new Flow(system).signIn(returnTo, "admin");

            assertThat(done.statusCode()).as(returnTo).isEqualTo(303);
            assertThat(done.headers().firstValue("Location")).as(returnTo).hasValue("/");
        }
    }

    @Test
    void aReturnAddressWithALineBreak_isRefusedBeforeAnythingStarts(RunningSystem system)
            throws Exception {
        HttpResponse<String> refused =
                new Flow(system).get("/sign-in?returnTo=%2Fareas%0D%0ASet-Cookie%3A%20x%3Dy");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aCallbackThisBrowserDidNotStart_isRefused_andSignsNobodyIn(RunningSystem system)
            throws Exception {
        Flow flow = new Flow(system);
        flow.start("/");

        HttpResponse<String> forged =
                flow.get("/sign-in/callback?code=made-up&state=not-the-one-sent");

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("Sign-in could not be completed");
        assertThat(forged.headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("sendtracker_session=") && !c.contains("Max-Age=0"));
    }

    @Test
    void aCode_canBeExchangedOnce_andOnlyWithItsVerifier(RunningSystem system) throws Exception {
        Flow flow = new Flow(system);
        Map<String, String> form = flow.authorizeForm(flow.start("/"));
        form.put("user", "admin");
        URI back =
                URI.create(
                        flow.post("/local/idp/authorize", form)
                                .headers()
                                .firstValue("Location")
                                .orElseThrow());
        String code = query(back).get("code");
        Map<String, String> exchange =
                new LinkedHashMap<>(
                        Map.of(
                                "grant_type",
                                "authorization_code",
                                "code",
                                code,
                                "client_id",
                                form.get("client_id"),
                                "redirect_uri",
                                form.get("redirect_uri"),
                                "code_verifier",
                                "not-the-verifier"));

        HttpResponse<String> wrongVerifier = flow.post("/local/idp/token", exchange);
        HttpResponse<String> again = flow.get(back.getRawPath() + "?" + back.getRawQuery());

        assertThat(wrongVerifier.statusCode()).isEqualTo(400);
        assertThat(wrongVerifier.body()).contains("invalid_grant");
        assertThat(again.statusCode())
                .as("the code was spent by the failed exchange")
                .isEqualTo(400);
    }

    @Test
    void theProvider_refusesToSendACodeAnywhereButTheTracker(RunningSystem system)
            throws Exception {
        Flow flow = new Flow(system);

        HttpResponse<String> page =
                flow.get(
                        "/local/idp/authorize?response_type=code&client_id=sendtracker-local"
                                + "&redirect_uri=https%3A%2F%2Fevil.example%2Fcallback&state=x&code_challenge=abc&code_challenge_method=S256");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("The client or its return address is not one this provider knows.");
    }

    /** One browser's cookies through the flow. */
    private final class Flow {
        private final RunningSystem system;
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Flow(RunningSystem system) {
            this.system = system;
        }

        /** GET /sign-in: the provider's authorization page, whose forms carry the request on. */
        HttpResponse<String> start(String returnTo) throws Exception {
            HttpResponse<String> redirect =
                    get("/sign-in?returnTo=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
            assertThat(redirect.statusCode()).isEqualTo(302);
            URI authorize = URI.create(redirect.headers().firstValue("Location").orElseThrow());
            assertThat(query(authorize))
                    .containsEntry("code_challenge_method", "S256")
                    .containsKeys("code_challenge", "state", "nonce");
            return get(authorize.getRawPath() + "?" + authorize.getRawQuery());
        }

        Map<String, String> authorizeForm(HttpResponse<String> page) {
            Map<String, String> form = new LinkedHashMap<>();
            String first =
                    page.body()
                            .substring(
                                    page.body().indexOf("<form"), page.body().indexOf("</form>"));
            Matcher matcher = HIDDEN.matcher(first);
            while (matcher.find()) {
                form.put(matcher.group(1), matcher.group(2).replace("&amp;", "&"));
            }
            return form;
        }

        HttpResponse<String> signIn(String returnTo, String user) throws Exception {
            Map<String, String> form = authorizeForm(start(returnTo));
            form.put("user", user);
            HttpResponse<String> chosen = post("/local/idp/authorize", form);
            assertThat(chosen.statusCode()).isEqualTo(303);
            URI back = URI.create(chosen.headers().firstValue("Location").orElseThrow());
            return get(back.getRawPath() + "?" + back.getRawQuery());
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(
                    HttpRequest.newBuilder(system.uri(path)).GET().header("Accept", "text/html"));
        }

        HttpResponse<String> post(String path, Map<String, String> fields)
                throws IOException, InterruptedException {
            String body =
                    fields.entrySet().stream()
                            .map(
                                    e ->
                                            e.getKey()
                                                    + "="
                                                    + URLEncoder.encode(
                                                            e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
            return send(
                    HttpRequest.newBuilder(system.uri(path))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "*/*"));
        }

        private HttpResponse<String> send(HttpRequest.Builder request)
                throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        cookies.entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                if (cookie.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, pair.substring(pair.indexOf('=') + 1));
                }
            }
            return response;
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            values.put(
                    pair.substring(0, equals),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
