package org.sendtracker.http.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.http.testing.ApiFixtures.record;

import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.TestIdentityProvider;
import org.sendtracker.local.idp.DemoUser;

/**
 * Every role, and every kind of bad credential, against every door of the HTTP function on Netty
 * (the Lambda handler's own matrix is {@code AccessMatrixLambdaTest}): each answer is the one
 * expected, and someone who may not read an area learns nothing about it: its answers are those of
 * an area that does not exist.
 */
class AccessMatrixTest {

    static ApiStack api;
    static Map<String, String> bearer = new LinkedHashMap<>();
    static String north;
    static String south;

    static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

    @BeforeAll
    static void start() {
        api = ApiStack.start();
        north = "north" + System.nanoTime() % 100000;
        south = "south" + System.nanoTime() % 100000;
        for (String area : List.of(north, south)) {
            assertThat(
                            api.post(
                                            "/api/areas",
                                            """
                    {"id":"%s","name":"Area %s","contacts":[{"name":"Lead","email":"lead@%s.example","role":"LEAD_OFFICER"}]}
                    """
                                                    .formatted(area, area, area))
                                    .status())
                    .isEqualTo(201);
            assertThat(
                            api.post(
                                            "/api/inspections",
                                            """
                    {"areaId":"%s","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}
                    """
                                                    .formatted(area))
                                    .status())
                    .isEqualTo(201);
            record(
                    api,
                    area + "-2019-03-18",
                    """
                    {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":["EHC plans"]}""");
        }
        bearer.put("administrator", ApiStack.OFFICER_BEARER);
        bearer.put(
                "editor",
                api.bearerFor(
                        "Ed North",
                        "{\"role\":\"AREAS\",\"areas\":{\"" + north + "\":\"EDITOR\"}}"));
        bearer.put(
                "viewer",
                api.bearerFor(
                        "Vi North",
                        "{\"role\":\"AREAS\",\"areas\":{\"" + north + "\":\"VIEWER\"}}"));
        bearer.put("national", api.bearerFor("Nat National", "{\"role\":\"NATIONAL_VIEWER\"}"));
        bearer.put(
                "no access",
                TestIdentityProvider.get().bearer(TestIdentityProvider.person("Newcomer")));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /**
     * What each role gets at a door: the roles in order administrator, editor, viewer, national, no
     * access.
     */
    private record Door(
            String method,
            String path,
            String body,
            boolean page,
            int admin,
            int editor,
            int viewer,
            int national,
            int none) {

        int expected(String role) {
            return switch (role) {
                case "administrator" -> admin;
                case "editor" -> editor;
                case "viewer" -> viewer;
                case "national" -> national;
                default -> none;
            };
        }
    }

    private static List<Door> doors() {
        String n = north + "-2019-03-18";
        String s = south + "-2019-03-18";
        List<Door> doors =
                new ArrayList<>(
                        List.of(
                                // the API: reads
                                new Door("GET", "/api/areas", null, false, 200, 200, 200, 200, 200),
                                new Door(
                                        "GET",
                                        "/api/areas/" + north,
                                        null,
                                        false,
                                        200,
                                        200,
                                        200,
                                        200,
                                        404),
                                new Door(
                                        "GET",
                                        "/api/areas/" + south,
                                        null,
                                        false,
                                        200,
                                        404,
                                        404,
                                        200,
                                        404),
                                new Door(
                                        "GET",
                                        "/api/inspections/" + n,
                                        null,
                                        false,
                                        200,
                                        200,
                                        200,
                                        200,
                                        404),
                                new Door(
                                        "GET",
                                        "/api/inspections/" + s,
                                        null,
                                        false,
                                        200,
                                        404,
                                        404,
                                        200,
                                        404),
                                new Door(
                                        "GET",
                                        "/api/inspections?areaId=" + south,
                                        null,
                                        false,
                                        200,
                                        404,
                                        404,
                                        200,
                                        404),
                                new Door(
                                        "GET",
                                        "/api/deadlines?areaId=" + south,
                                        null,
                                        false,
                                        200,
                                        200,
                                        200,
                                        200,
                                        200),
                                new Door(
                                        "GET",
                                        "/api/emails/undelivered",
                                        null,
                                        false,
                                        200,
                                        200,
                                        200,
                                        200,
                                        200),
                                new Door("GET", "/api/me", null, false, 200, 200, 200, 200, 200),
                                new Door(
                                        "GET", "/api/people", null, false, 200, 403, 403, 403, 403),
                                // the API: writes, each refused by validation where allowed, so
                                // nothing changes
                                new Door(
                                        "POST", "/api/areas", "{}", false, 400, 403, 403, 403, 403),
                                new Door(
                                        "PUT",
                                        "/api/areas/" + north,
                                        "{}",
                                        false,
                                        400,
                                        400,
                                        403,
                                        403,
                                        404),
                                new Door(
                                        "PUT",
                                        "/api/areas/" + south,
                                        "{}",
                                        false,
                                        400,
                                        404,
                                        404,
                                        403,
                                        404),
                                new Door(
                                        "POST",
                                        "/api/inspections",
                                        "{\"areaId\":\"" + south + "\"}",
                                        false,
                                        400,
                                        400,
                                        400,
                                        403,
                                        400),
                                new Door(
                                        "POST",
                                        "/api/inspections/" + n + "/events",
                                        "{\"type\":\"NO_SUCH_STEP\"}",
                                        false,
                                        400,
                                        400,
                                        403,
                                        403,
                                        404),
                                new Door(
                                        "POST",
                                        "/api/inspections/" + s + "/events",
                                        "{\"type\":\"NO_SUCH_STEP\"}",
                                        false,
                                        400,
                                        404,
                                        404,
                                        403,
                                        404),
                                new Door(
                                        "DELETE",
                                        "/api/inspections/" + n + "/actions/action-9",
                                        null,
                                        false,
                                        404,
                                        404,
                                        403,
                                        403,
                                        404),
                                new Door(
                                        "DELETE",
                                        "/api/inspections/" + s + "/boards/no-board",
                                        null,
                                        false,
                                        404,
                                        404,
                                        404,
                                        403,
                                        404),
                                new Door(
                                        "POST",
                                        "/api/emails/dealt-with",
                                        "{\"inspectionId\":\"" + s + "\",\"key\":\"none\"}",
                                        false,
                                        404,
                                        404,
                                        404,
                                        403,
                                        404),
                                new Door(
                                        "PUT",
                                        "/api/people/test-someone",
                                        "{}",
                                        false,
                                        400,
                                        403,
                                        403,
                                        403,
                                        403),
                                // pages, feeds and exports
                                new Door("GET", "/", null, true, 200, 200, 200, 200, 200),
                                new Door(
                                        "GET",
                                        "/admin/people/%2E%2E",
                                        null,
                                        true,
                                        404,
                                        403,
                                        403,
                                        403,
                                        403),
                                new Door("GET", "/areas", null, true, 200, 200, 200, 200, 200),
                                new Door("GET", "/areas/new", null, true, 200, 403, 403, 403, 403),
                                new Door(
                                        "GET",
                                        "/areas/" + north,
                                        null,
                                        true,
                                        200,
                                        200,
                                        200,
                                        200,
                                        404),
                                new Door(
                                        "GET",
                                        "/areas/" + south,
                                        null,
                                        true,
                                        200,
                                        404,
                                        404,
                                        200,
                                        404),
                                new Door(
                                        "GET",
                                        "/areas/" + north + "/contacts",
                                        null,
                                        true,
                                        200,
                                        200,
                                        403,
                                        403,
                                        404),
                                new Door(
                                        "GET",
                                        "/areas/" + south + "/contacts",
                                        null,
                                        true,
                                        200,
                                        404,
                                        404,
                                        403,
                                        404),
                                new Door(
                                        "GET",
                                        "/inspections/new",
                                        null,
                                        true,
                                        200,
                                        200,
                                        403,
                                        403,
                                        403),
                                new Door(
                                        "GET",
                                        "/inspections/" + n,
                                        null,
                                        true,
                                        200,
                                        200,
                                        200,
                                        200,
                                        404),
                                new Door(
                                        "GET",
                                        "/inspections/" + s,
                                        null,
                                        true,
                                        200,
                                        404,
                                        404,
                                        200,
                                        404),
                                new Door(
                                        "GET",
                                        "/inspections/" + s + "/calendar.ics",
                                        null,
                                        false,
                                        200,
                                        404,
                                        404,
                                        200,
                                        404),
                                new Door(
                                        "GET",
                                        "/areas/" + south + "/calendar.ics",
                                        null,
                                        false,
                                        200,
                                        404,
                                        404,
                                        200,
                                        404),
                                new Door(
                                        "GET",
                                        "/deadlines.csv",
                                        null,
                                        false,
                                        200,
                                        200,
                                        200,
                                        200,
                                        200),
                                new Door(
                                        "GET",
                                        "/admin/people",
                                        null,
                                        true,
                                        200,
                                        403,
                                        403,
                                        403,
                                        403),
                                new Door("GET", "/account", null, true, 200, 200, 200, 200, 200)));
        return doors;
    }

    @TestFactory
    Stream<DynamicTest> everyRole_atEveryDoor_getsTheExpectedAnswer() {
        return doors().stream()
                .flatMap(
                        door ->
                                bearer.keySet().stream()
                                        .map(
                                                role ->
                                                        DynamicTest.dynamicTest(
                                                                role
                                                                        + ": "
                                                                        + door.method()
                                                                        + " "
                                                                        + door.path(),
                                                                () -> {
                                                                    ApiStack.Response response =
                                                                            call(
                                                                                    door,
                                                                                    bearer.get(
                                                                                            role));
                                                                    assertThat(response.status())
                                                                            .as(response.body())
                                                                            .isEqualTo(
                                                                                    door.expected(
                                                                                            role));
                                                                    assertSecurityHeaders(response);
                                                                })));
    }

    @TestFactory
    Stream<DynamicTest> withoutCredentials_orWithABadToken_everyDoorSaysSignIn_andNothingMore() {
        Map<String, String> bad = badCredentials();
        return doors().stream()
                .flatMap(
                        door ->
                                bad.entrySet().stream()
                                        .map(
                                                credential ->
                                                        DynamicTest.dynamicTest(
                                                                credential.getKey()
                                                                        + ": "
                                                                        + door.method()
                                                                        + " "
                                                                        + door.path(),
                                                                () -> {
                                                                    ApiStack.Response response =
                                                                            call(
                                                                                    door,
                                                                                    credential
                                                                                            .getValue());
                                                                    if (door.page()) {
                                                                        assertThat(
                                                                                        response
                                                                                                .status())
                                                                                .as(response.body())
                                                                                .isEqualTo(303);
                                                                        assertThat(
                                                                                        response
                                                                                                .header(
                                                                                                        "Location"))
                                                                                .startsWith(
                                                                                        "/sign-in?returnTo=");
                                                                    } else {
                                                                        assertThat(
                                                                                        response
                                                                                                .status())
                                                                                .as(response.body())
                                                                                .isEqualTo(401);
                                                                        assertThat(
                                                                                        response.json()
                                                                                                .get(
                                                                                                        "message")
                                                                                                .asText())
                                                                                .isEqualTo(
                                                                                        "Sign in first: send a bearer token from the identity provider (Authorization: Bearer ...)");
                                                                    }
                                                                    assertSecurityHeaders(response);
                                                                })));
    }

    @Test
    void anAreaThePersonMayNotRead_answersExactlyAsAnAreaThatDoesNotExist() {
        for (String path :
                List.of(
                        "/api/areas/%s",
                        "/api/inspections/%s-2019-03-18",
                        "/api/inspections?areaId=%s",
                        "/areas/%s/calendar.ics",
                        "/inspections/%s-2019-03-18/calendar.ics")) {
            ApiStack.Response hidden =
                    api.request(
                            "GET",
                            path.formatted(south),
                            null,
                            "Authorization",
                            bearer.get("editor"));
            ApiStack.Response missing =
                    api.request(
                            "GET",
                            path.formatted("nowhere"),
                            null,
                            "Authorization",
                            bearer.get("editor"));
            assertThat(hidden.status()).as(path).isEqualTo(missing.status());
            assertThat(hidden.body().replace(south, "nowhere")).as(path).isEqualTo(missing.body());
        }
        ApiStack.Response hiddenWrite =
                api.request(
                        "POST",
                        "/api/inspections/" + south + "-2019-03-18/events",
                        "{\"type\":\"NO_SUCH_STEP\"}",
                        "Authorization",
                        bearer.get("editor"),
                        "Content-Type",
                        "application/json");
        ApiStack.Response missingWrite =
                api.request(
                        "POST",
                        "/api/inspections/nowhere-2019-03-18/events",
                        "{\"type\":\"NO_SUCH_STEP\"}",
                        "Authorization",
                        bearer.get("editor"),
                        "Content-Type",
                        "application/json");
        assertThat(hiddenWrite.status()).isEqualTo(missingWrite.status());
        assertThat(hiddenWrite.body().replace(south, "nowhere")).isEqualTo(missingWrite.body());
    }

    @Test
    void listsDashboardExportsAndFeeds_holdOnlyTheAreasThePersonMayRead() {
        String editor = bearer.get("editor");
        List<String> answers =
                List.of(
                        api.request("GET", "/api/areas", null, "Authorization", editor).body(),
                        api.request(
                                        "GET",
                                        "/api/deadlines?from=2019-01-01&to=2020-12-31",
                                        null,
                                        "Authorization",
                                        editor)
                                .body(),
                        api.request("GET", "/api/emails/undelivered", null, "Authorization", editor)
                                .body(),
                        api.request("GET", "/", null, "Authorization", editor, "Accept", HTML)
                                .body(),
                        api.request(
                                        "GET",
                                        "/?areaId=" + south,
                                        null,
                                        "Authorization",
                                        editor,
                                        "Accept",
                                        HTML)
                                .body(),
                        api.request("GET", "/areas", null, "Authorization", editor, "Accept", HTML)
                                .body(),
                        api.request("GET", "/deadlines.csv?weeks=52", null, "Authorization", editor)
                                .body(),
                        api.request(
                                        "GET",
                                        "/deadlines.csv?areaId=" + south,
                                        null,
                                        "Authorization",
                                        editor)
                                .body(),
                        api.request(
                                        "GET",
                                        "/inspections/new",
                                        null,
                                        "Authorization",
                                        editor,
                                        "Accept",
                                        HTML)
                                .body());
        answers.forEach(answer -> assertThat(answer).doesNotContain(south));
        assertThat(answers.get(0)).contains(north);
        assertThat(answers.get(1)).contains(north);
    }

    @Test
    void aCrossSiteJsonWrite_isRefused_andChangesNothing() {
        ApiStack.Response fromElsewhere =
                api.request(
                        "POST",
                        "/api/areas",
                        """
                {"id":"elsewhere","name":"Elsewhere","contacts":[]}""",
                        "Content-Type",
                        "application/json",
                        "Origin",
                        "https://evil.example");
        ApiStack.Response asText =
                api.request(
                        "POST",
                        "/api/areas",
                        """
                {"id":"elsewhere","name":"Elsewhere","contacts":[]}""",
                        "Content-Type",
                        "text/plain");

        assertThat(fromElsewhere.status()).isEqualTo(403);
        assertThat(asText.status()).isEqualTo(415);
        assertThat(api.get("/api/areas/elsewhere").status()).isEqualTo(404);
    }

    @Test
    void theFrameworksOwnSecurityEndpoints_areNotServed() {
        // Micronaut Security's login, logout and token introspection (on by default) stay off:
        // sign-in goes through the identity provider, and nothing needs a token echoed back.
        for (String path : List.of("/login", "/logout", "/token_info")) {
            assertThat(api.request("POST", path, "", "Content-Type", "application/json").status())
                    .as(path)
                    .isIn(404, 405);
            assertThat(api.get(path).status()).as(path).isIn(404, 405);
        }
    }

    @Test
    void anApiWrite_withTheSessionCookieInsteadOfABearerToken_isRefused() {
        String token = TestIdentityProvider.get().idToken(TestIdentityProvider.OFFICER);

        ApiStack.Response response =
                api.request(
                        "POST",
                        "/api/areas",
                        """
                {"id":"cookieshire","name":"Cookieshire","contacts":[]}""",
                        "Authorization",
                        "",
                        "Content-Type",
                        "application/json",
                        "Cookie",
                        "sendtracker_session=" + token);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("message").asText())
                .isEqualTo(
                        "Writes through the API need a bearer token (Authorization: Bearer ...)");
        assertThat(api.get("/api/areas/cookieshire").status()).isEqualTo(404);
    }

    @Test
    void aFormPost_withoutTheAntiForgeryToken_isRefused_andChangesNothing() {
        String token = TestIdentityProvider.get().idToken(TestIdentityProvider.OFFICER);
        long before = api.get("/api/areas/" + north).json().get("version").asLong();

        ApiStack.Response withoutToken =
                api.request(
                        "POST",
                        "/areas/" + north + "/contacts",
                        "version="
                                + before
                                + "&name=Renamed&rows=1&contacts%5B0%5D.name=X&contacts%5B0%5D.email=x%40y.example&contacts%5B0%5D.role=LEAD_OFFICER",
                        "Authorization",
                        "",
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "Accept",
                        HTML,
                        "Cookie",
                        "sendtracker_session=" + token);
        ApiStack.Response withAnotherSessionsToken =
                api.request(
                        "POST",
                        "/areas/" + north + "/contacts",
                        "csrf=forged&version=" + before + "&name=Renamed",
                        "Authorization",
                        "",
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "Accept",
                        HTML,
                        "Cookie",
                        "sendtracker_session=" + token);

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.body())
                .contains(
                        "This form could not be accepted because it did not come from a page of this service");
        assertThat(withAnotherSessionsToken.status()).isEqualTo(403);
        assertThat(api.get("/api/areas/" + north).json().get("version").asLong()).isEqualTo(before);
    }

    @Test
    void everyAuditEntry_namesTheSignedInPerson_andAnXActorHeaderChangesNothing() {
        String editor = bearer.get("editor");
        ApiStack.Response changed =
                api.request(
                        "PUT",
                        "/api/areas/" + north,
                        """
                {"name":"Area %s","contacts":[{"name":"Lead","email":"lead@%s.example","role":"LEAD_OFFICER"},
                  {"name":"Health","email":"nhs@%s.example","role":"NHS_LEAD"}]}"""
                                .formatted(north, north, north),
                        "Authorization",
                        editor,
                        "Content-Type",
                        "application/json",
                        "X-Actor",
                        "Somebody Else");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().at("/changes/1/actor").asText()).isEqualTo("Ed North");
        assertThat(changed.json().at("/changes/1/actorId").asText()).isEqualTo("test-ed-north");
    }

    /**
     * Each page offers an action only to who may use it (the server refuses the others anyway):
     * what each role's pages link to, per role: administrator, editor, viewer, national viewer.
     */
    @TestFactory
    Stream<DynamicTest> eachPage_offersOnlyTheActionsThePersonMayUse() {
        String n = north + "-2019-03-18";
        record Offer(String page, String action, boolean admin, boolean editor) {}
        List<Offer> offers =
                List.of(
                        new Offer("/", "href=\"/areas/new\"", true, false),
                        new Offer("/", "href=\"/inspections/new\"", true, true),
                        new Offer("/?areaId=" + north, "/areas/" + north + "/contacts", true, true),
                        new Offer("/areas", "href=\"/areas/new\"", true, false),
                        new Offer("/areas/" + north, "/areas/" + north + "/contacts", true, true),
                        new Offer(
                                "/areas/" + north, "/inspections/new?areaId=" + north, true, true),
                        new Offer(
                                "/inspections/" + n, "/inspections/" + n + "/events", true, true));
        List<String> roles = List.of("administrator", "editor", "viewer", "national");
        return offers.stream()
                .flatMap(
                        offer ->
                                roles.stream()
                                        .map(
                                                role ->
                                                        DynamicTest.dynamicTest(
                                                                role
                                                                        + ": "
                                                                        + offer.page()
                                                                        + " "
                                                                        + offer.action(),
                                                                () -> {
                                                                    boolean offered =
                                                                            role.equals(
                                                                                            "administrator")
                                                                                    ? offer.admin()
                                                                                    : role.equals(
                                                                                                    "editor")
                                                                                            && offer
                                                                                                    .editor();
                                                                    ApiStack.Response page =
                                                                            api.request(
                                                                                    "GET",
                                                                                    offer.page(),
                                                                                    null,
                                                                                    "Authorization",
                                                                                    bearer.get(
                                                                                            role),
                                                                                    "Accept",
                                                                                    HTML);
                                                                    assertThat(page.status())
                                                                            .isEqualTo(200);
                                                                    assertThat(
                                                                                    page.body()
                                                                                            .contains(
                                                                                                    offer
                                                                                                            .action()))
                                                                            .as(
                                                                                    offer.action()
                                                                                            + " offered")
                                                                            .isEqualTo(offered);
                                                                })));
    }

    private static ApiStack.Response call(Door door, String authorization) {
        List<String> headers = new ArrayList<>(List.of("Authorization", authorization));
        if (door.body() != null) {
            headers.addAll(List.of("Content-Type", "application/json"));
        }
        if (door.page()) {
            headers.addAll(List.of("Accept", HTML));
        }
        return api.request(door.method(), door.path(), door.body(), headers.toArray(String[]::new));
    }

    static void assertSecurityHeaders(ApiStack.Response response) {
        assertThat(response.header("Content-Security-Policy"))
                .contains("default-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    /** No token, and tokens that fail each check the tracker makes. */
    static Map<String, String> badCredentials() {
        TestIdentityProvider idp = TestIdentityProvider.get();
        DemoUser officer = TestIdentityProvider.OFFICER;
        Instant now = Instant.now();
        JWTClaimsSet.Builder valid =
                new JWTClaimsSet.Builder()
                        .issuer(idp.issuer())
                        .subject(officer.subject())
                        .audience(TestIdentityProvider.CLIENT_ID)
                        .claim("token_use", "id")
                        .claim("name", officer.name())
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(3600)));
        String good = idp.idToken(officer);
        String[] parts = good.split("\\.");
        String tamperedPayload =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                new String(Base64.getUrlDecoder().decode(parts[1]))
                                        .replace("test-officer", "test-intruder")
                                        .getBytes());
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("no token", "");
        bad.put(
                "expired",
                "Bearer "
                        + idp.sign(
                                valid.expirationTime(Date.from(now.minusSeconds(60)))
                                        .issueTime(Date.from(now.minusSeconds(3660)))
                                        .build()));
        bad.put(
                "no expiry",
                "Bearer "
                        + idp.sign(
                                new JWTClaimsSet.Builder(valid.build())
                                        .expirationTime(null)
                                        .build()));
        bad.put("tampered", "Bearer " + parts[0] + "." + tamperedPayload + "." + parts[2]);
        bad.put(
                "wrong issuer",
                "Bearer "
                        + idp.sign(
                                new JWTClaimsSet.Builder(
                                                valid.expirationTime(
                                                                Date.from(now.plusSeconds(3600)))
                                                        .build())
                                        .issuer(
                                                "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_other")
                                        .build()));
        bad.put(
                "wrong audience",
                "Bearer "
                        + idp.sign(
                                new JWTClaimsSet.Builder(valid.build())
                                        .audience("another-app")
                                        .build()));
        bad.put(
                "no token_use",
                "Bearer "
                        + idp.sign(
                                new JWTClaimsSet.Builder(valid.build())
                                        .claim("token_use", null)
                                        .build()));
        bad.put("alg none", "Bearer " + new PlainJWT(new PlainHeader(), valid.build()).serialize());
        bad.put("not a token", "Bearer not-a-token");
        return bad;
    }
}
