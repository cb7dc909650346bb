package org.sendtracker.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.sendtracker.http.security.AntiForgery;

/**
 * Areas and inspections set up through the API, as an officer would, each in a stage a test starts
 * from. Every call takes a fresh area id, so tests sharing one stack never see each other's
 * records.
 */
public final class ApiFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ApiFixtures() {}

    /**
     * {@code fields} (URL-encoded) posted to {@code path} as a signed-in officer's browser posts a
     * form: the page's anti-forgery field first, the session cookie, no bearer token.
     */
    public static ApiStack.Response postForm(ApiStack api, String path, String fields) {
        String session = TestIdentityProvider.get().idToken(TestIdentityProvider.OFFICER);
        return api.request(
                "POST",
                path,
                "csrf="
                        + URLEncoder.encode(AntiForgery.token(session), StandardCharsets.UTF_8)
                        + "&"
                        + fields,
                "Authorization",
                "",
                "Content-Type",
                "application/x-www-form-urlencoded",
                "Cookie",
                "sendtracker_session=" + session);
    }

    /** A fresh area id such as {@code cumbria-7}. */
    public static String uniqueAreaId(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    /**
     * The access of someone granted {@code areas}, each as {@code role} ({@code EDITOR} or {@code
     * VIEWER}), as {@link ApiStack#bearerFor(String, String)} takes it.
     */
    public static String areasAccess(String role, List<String> areas) {
        return "{\"role\":\"AREAS\",\"areas\":{"
                + areas.stream()
                        .map(area -> "\"" + area + "\":\"" + role + "\"")
                        .collect(Collectors.joining(","))
                + "}}";
    }

    public static String registerArea(ApiStack api, String areaId) {
        ApiStack.Response created =
                api.post(
                        "/api/areas",
                        """
                {"id":"%s","name":"%s","contacts":[{"name":"Lead Officer","email":"lead@%s.gov.uk","role":"LEAD_OFFICER"}]}
                """
                                .formatted(areaId, areaId, areaId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return areaId;
    }

    /** Cumbria's 2019 inspection: notified Monday 11 March, on site 18 to 22 March. */
    public static String aCumbriaLikeInspectionAwaitingReport(ApiStack api) {
        String area = registerArea(api, uniqueAreaId("cumbria"));
        ApiStack.Response created =
                api.post(
                        "/api/inspections",
                        """
                {"areaId":"%s","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}
                """
                                .formatted(area));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /**
     * Report received 14 May 2019 with three areas of significant weakness: WSoA due 21 August
     * 2019.
     */
    public static String aCumbriaLikeInspectionWithWsoaDue(ApiStack api) {
        String id = aCumbriaLikeInspectionAwaitingReport(api);
        record(
                api,
                id,
                """
                {"type":"REPORT_RECEIVED","on":"2019-05-14","publishedOn":"2019-05-22","wsoaRequired":true,
                 "weaknesses":["Leadership and strategic planning","Identification of need","Co-production with families"]}
                """);
        return id;
    }

    /** WSoA submitted 20 August and accepted 18 October 2019. */
    public static String aCumbriaLikeInspectionInMonitoring(ApiStack api) {
        String id = aCumbriaLikeInspectionWithWsoaDue(api);
        record(
                api,
                id,
                """
                {"type":"WSOA_SUBMITTED","on":"2019-08-20"}
                """);
        record(
                api,
                id,
                """
                {"type":"WSOA_DECISION","on":"2019-10-18","fitForPurpose":true}
                """);
        return id;
    }

    /** Revisit notified 1 March 2021, inspectors on site from 15 March. */
    public static String aCumbriaLikeInspectionInRevisit(ApiStack api) {
        String id = aCumbriaLikeInspectionInMonitoring(api);
        record(
                api,
                id,
                """
                {"type":"REVISIT_NOTIFIED","on":"2021-03-01","startsOn":"2021-03-15"}
                """);
        return id;
    }

    /**
     * An inspection of {@code area} notified on {@code monday} (on site the week after), its report
     * received six weeks after notice with one area of weakness: its WSoA due 70 working days after
     * that. Returns its id.
     */
    public static String anInspectionWithItsWsoaDue(ApiStack api, String area, LocalDate monday) {
        ApiStack.Response created =
                api.post(
                        "/api/inspections",
                        """
                        {"areaId":"%s","framework":"LASEND_2016","notifiedOn":"%s","startsOn":"%s","endsOn":"%s"}
                        """
                                .formatted(
                                        area,
                                        monday,
                                        monday.plusWeeks(1),
                                        monday.plusWeeks(1).plusDays(4)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        record(
                api,
                id,
                """
                {"type":"REPORT_RECEIVED","on":"%s","wsoaRequired":true,"weaknesses":["Leadership"]}
                """
                        .formatted(monday.plusWeeks(6)));
        return id;
    }

    /** Records an event that must be accepted; returns the inspection as the response shows it. */
    public static JsonNode record(ApiStack api, String inspectionId, String event) {
        ApiStack.Response recorded =
                api.post("/api/inspections/" + inspectionId + "/events", event);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json();
    }

    public static JsonNode inspection(ApiStack api, String inspectionId) {
        ApiStack.Response found = api.get("/api/inspections/" + inspectionId);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json();
    }
}
