package org.sendtracker.http.web.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.http.testing.ApiFixtures.aCumbriaLikeInspectionInMonitoring;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.TestIdentityProvider;

/**
 * The improvement plan's page and forms through the real HTTP stack (docs/boards.md): what the page
 * shows, a form's refusals (per field, stale version) that change nothing, a double submit that
 * changes the plan once, and plan entries titled in words in the inspection's timeline.
 */
class ImprovementPlanPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiStack.Response post(String path, String body) {
        return api.request("POST", path, body, "Content-Type", FORM, "Accept", "text/html");
    }

    private static String area(String id) {
        return id.substring(0, id.length() - "-2019-03-18".length());
    }

    private static long version(String id) {
        return api.get("/api/inspections/" + id).json().get("version").asLong();
    }

    @Test
    void aBoardAddedThroughTheForm_hasItsMembersAndCadence_andItsEntryIsTitledInWords() {
        String id = aCumbriaLikeInspectionInMonitoring(api);
        String form =
                "version="
                        + version(id)
                        + "&idempotencyKey=board-1&name=SEND+Improvement+Board&kind=IMPROVEMENT_BOARD"
                        + "&members=lead%40"
                        + area(id)
                        + ".gov.uk&cadence.kind=EVERY_MONTHS&cadence.every=2"
                        + "&cadence.from-day=15&cadence.from-month=11&cadence.from-year=2019"
                        + "&cadence.until-day=15&cadence.until-month=3&cadence.until-year=2020"
                        + "&cadence.meetings=ignored+for+a+monthly+cadence";

        ApiStack.Response saved = post("/inspections/" + id + "/plan/boards/new", form);

        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(saved.header("Location")).startsWith("/inspections/" + id + "/plan?saved=");
        assertThat(api.get("/api/inspections/" + id + "/plan").json().get("boards").toString())
                .contains(
                        "\"id\":\"send-improvement-board\"",
                        "\"members\":[\"lead@" + area(id) + ".gov.uk\"]",
                        "every 2 months from 15 November 2019 until 15 March 2020");
        String page = api.get(saved.header("Location")).body();
        assertThat(page)
                .contains(
                        "Board added: SEND Improvement Board; reports due every 2 months from 15 November 2019 until 15 March 2020.",
                        "Next report due",
                        "Record a report as presented");
        String inspection = api.get("/inspections/" + id).body();
        assertThat(inspection).contains(">Board saved <").doesNotContain("BOARD_SAVED");
    }

    @Test
    void aBoardWhoseNameMakesAnotherBoardsId_getsTheNextFreeId_andASameNameIsRefused() {
        String id = aCumbriaLikeInspectionInMonitoring(api);
        String board = "&kind=OTHER&cadence.kind=MEETING_DATES&cadence.meetings=2020-01-10";
        assertThat(
                        post(
                                        "/inspections/" + id + "/plan/boards/new",
                                        "version="
                                                + version(id)
                                                + "&idempotencyKey=b1&name=SEND+Board"
                                                + board)
                                .status())
                .isEqualTo(303);

        ApiStack.Response second =
                post(
                        "/inspections/" + id + "/plan/boards/new",
                        "version=" + version(id) + "&idempotencyKey=b2&name=SEND+-+Board" + board);
        ApiStack.Response sameName =
                post(
                        "/inspections/" + id + "/plan/boards/new",
                        "version=" + version(id) + "&idempotencyKey=b3&name=send+board" + board);

        assertThat(second.status()).as(second.body()).isEqualTo(303);
        assertThat(api.get("/api/inspections/" + id + "/plan").json().get("boards").toString())
                .contains("\"id\":\"send-board\"", "\"id\":\"send-board-2\"");
        assertThat(sameName.status()).isEqualTo(400);
        assertThat(sameName.body()).contains("There is already a board called SEND Board");
    }

    @Test
    void aMeetingDateThatDoesNotExist_isRefused_namingTheLineTyped() {
        String id = aCumbriaLikeInspectionInMonitoring(api);
        long before = version(id);

        ApiStack.Response refused =
                post(
                        "/inspections/" + id + "/plan/boards/new",
                        "version="
                                + before
                                + "&idempotencyKey=m1&name=SEND+Board&kind=OTHER"
                                + "&cadence.kind=MEETING_DATES"
                                + "&cadence.meetings=2020-01-10%0D%0A2020-02-30%0D%0A2020-03-10");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        "The meeting date '2020-02-30' must be a real date (30 February 2020 does"
                                + " not exist)")
                .doesNotContain("Each meeting date");
        assertThat(version(id)).isEqualTo(before);
    }

    @Test
    void anActionRefusedForItsFields_isShownAgainAsTyped_andNothingIsWritten() {
        String id = aCumbriaLikeInspectionInMonitoring(api);
        long before = version(id);

        ApiStack.Response refused =
                post(
                        "/inspections/" + id + "/plan/actions/new",
                        "version="
                                + before
                                + "&idempotencyKey=a1&weakness=1&title=Publish+the+strategy"
                                + "&dueOn-day=31&dueOn-month=&dueOn-year=2020&progress=NOT_STARTED");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        "<a href=\"#action-owner\">Enter who owns the action</a>",
                        "<a href=\"#action-due-on-month\">The date the action is due must include a month</a>",
                        ">Publish the strategy</textarea>");
        assertThat(version(id)).isEqualTo(before);
    }

    @Test
    void aStaleForm_isRefusedWithTheFormKept_andADoubleSubmit_addsOneAction() {
        String id = aCumbriaLikeInspectionInMonitoring(api);
        long before = version(id);
        String action =
                "&weakness=1&title=Publish+the+strategy&owner=Director&dueOn-day=31&dueOn-month=1"
                        + "&dueOn-year=2020&progress=COMPLETE&completedOn-day=3&completedOn-month=2"
                        + "&completedOn-year=2020";

        ApiStack.Response first =
                post(
                        "/inspections/" + id + "/plan/actions/new",
                        "version=" + before + "&idempotencyKey=twice" + action);
        ApiStack.Response again =
                post(
                        "/inspections/" + id + "/plan/actions/new",
                        "version=" + before + "&idempotencyKey=twice" + action);
        ApiStack.Response stale =
                post(
                        "/inspections/" + id + "/plan/actions/new",
                        "version=" + before + "&idempotencyKey=other" + action);

        assertThat(first.status()).isEqualTo(303);
        assertThat(again.status()).isEqualTo(303);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body())
                .contains(
                        "This inspection was changed by someone else after you opened this page",
                        ">Publish the strategy</textarea>",
                        "name=\"version\" value=\"" + (before + 1) + "\"");
        assertThat(api.get("/api/inspections/" + id + "/plan").json().get("actions")).hasSize(1);
        assertThat(api.get("/inspections/" + id + "/plan").body())
                .contains("Complete (late)", "Publish the strategy");

        // Back to the sent page, an answer changed, sent again: the same key, other answers
        ApiStack.Response resent =
                post(
                        "/inspections/" + id + "/plan/actions/new",
                        "version="
                                + before
                                + "&idempotencyKey=twice"
                                + action.replace("Publish+the+strategy", "Publish+the+plan"));
        assertThat(resent.status()).isEqualTo(409);
        assertThat(resent.body())
                .contains(
                        "This form was already sent from this page", ">Publish the plan</textarea>")
                .doesNotContain("Idempotency-Key");
        assertThat(api.get("/api/inspections/" + id + "/plan").json().get("actions")).hasSize(1);
    }

    @Test
    void aFormPostFromASessionWithoutItsAntiForgeryToken_isRefused_andChangesNothing() {
        String id = aCumbriaLikeInspectionInMonitoring(api);
        long before = version(id);
        String session = TestIdentityProvider.get().idToken(TestIdentityProvider.OFFICER);

        ApiStack.Response forged =
                api.request(
                        "POST",
                        "/inspections/" + id + "/plan/actions/new",
                        "version="
                                + before
                                + "&weakness=1&title=X&owner=Y&dueOn-day=1"
                                + "&dueOn-month=2&dueOn-year=2020",
                        "Authorization",
                        "",
                        "Content-Type",
                        FORM,
                        "Accept",
                        "text/html",
                        "Cookie",
                        "sendtracker_session=" + session);

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("This form could not be accepted");
        assertThat(version(id)).isEqualTo(before);
    }

    @Test
    void theFormsOfAnUnknownBoardOrMeasure_areNotFound() {
        String id = aCumbriaLikeInspectionInMonitoring(api);

        assertThat(api.get("/inspections/" + id + "/plan/boards/nowhere/reports").status())
                .isEqualTo(404);
        assertThat(api.get("/inspections/" + id + "/plan/measures/measure-9/values").status())
                .isEqualTo(404);
        assertThat(api.get("/inspections/" + id + "/plan/measures/measure-9").status())
                .isEqualTo(404);
        assertThat(api.get("/inspections/nowhere-2019-03-18/plan").status()).isEqualTo(404);
    }

    @Test
    void removingAnActionMeasureOrBoard_asksFirst_thenTakesItOff_andTheBannerSaysWhat() {
        String id = aCumbriaLikeInspectionInMonitoring(api);
        String plan = "/inspections/" + id + "/plan";
        api.post(
                "/api/inspections/" + id + "/actions",
                """
                {"weakness":1,"title":"Publish the joint SEND strategy","owner":"Director","dueOn":"2020-01-31"}
                """);
        api.post(
                "/api/inspections/" + id + "/measures",
                """
                {"weakness":1,"name":"Plans on time","unit":"%","direction":"HIGHER_IS_BETTER","baseline":30,"baselineOn":"2019-05-01","target":80}
                """);
        api.post(
                "/api/inspections/" + id + "/measures/measure-1/values",
                """
                {"on":"2019-12-31","value":41}
                """);
        api.put(
                "/api/inspections/" + id + "/boards/hwb",
                """
                {"name":"Health and Wellbeing Board","kind":"HEALTH_AND_WELLBEING_BOARD"}
                """);
        api.put(
                "/api/inspections/" + id + "/boards/improvement-board",
                """
                {"name":"SEND Improvement Board","kind":"IMPROVEMENT_BOARD","reportsTo":"hwb",
                 "cadence":{"kind":"EVERY_MONTHS","every":2,"from":"2019-11-15","until":"2020-03-15"}}
                """);
        long version = version(id);
        assertThat(api.get("/inspections/" + id).body())
                .as("the board's reports listed while it is on the plan")
                .contains("report to the Health and Wellbeing Board, every 2 months")
                .doesNotContain("Not listed:");

        String planPage = api.get(plan).body();
        ApiStack.Response asked = api.get(plan + "/actions/action-1/remove");
        ApiStack.Response measurePage = api.get(plan + "/measures/measure-1/remove");
        ApiStack.Response boardPage = api.get(plan + "/boards/improvement-board/remove");

        assertThat(planPage)
                .contains(
                        "href=\"" + plan + "/actions/action-1/remove\"",
                        "href=\"" + plan + "/measures/measure-1/remove\"",
                        "href=\"" + plan + "/boards/improvement-board/remove\"");
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body())
                .contains(
                        "Are you sure you want to remove this action?",
                        "Publish the joint SEND strategy",
                        "31 January 2020",
                        "name=\"version\" value=\"" + version + "\"",
                        "Yes, remove the action");
        assertThat(measurePage.body())
                .contains("Plans on time (%)", "Its value is removed with it.");
        assertThat(boardPage.body())
                .contains(
                        "Reports to",
                        "Health and Wellbeing Board",
                        "Its 3 reports not yet presented are cancelled");
        ApiStack.Response blocked = api.get(plan + "/boards/hwb/remove");
        assertThat(blocked.status()).isEqualTo(200);
        assertThat(blocked.body())
                .contains(
                        "You cannot remove this board yet: the SEND Improvement Board reports to"
                                + " it. Change where it reports first.",
                        "href=\"" + plan + "/boards/improvement-board\"")
                .doesNotContain("Yes, remove the board");

        ApiStack.Response stale =
                post(
                        plan + "/actions/action-1/remove",
                        "version=" + (version - 1) + "&idempotencyKey=r0");
        ApiStack.Response unversioned =
                post(plan + "/actions/action-1/remove", "idempotencyKey=r0");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body())
                .contains("This inspection was changed by someone else after you opened this page")
                .contains("name=\"version\" value=\"" + version + "\"");
        assertThat(unversioned.status()).isEqualTo(400);
        assertThat(unversioned.body())
                .contains("This form was sent without the version of the record it was opened on");
        ApiStack.Response inUse =
                post(plan + "/boards/hwb/remove", "version=" + version + "&idempotencyKey=r1");
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.body().replace("&#39;", "'"))
                .contains(
                        "The SEND Improvement Board reports to the Health and Wellbeing Board:"
                                + " change where it reports before removing it");
        assertThat(version(id)).isEqualTo(version);

        ApiStack.Response removed =
                post(
                        plan + "/actions/action-1/remove",
                        "version=" + version + "&idempotencyKey=r2");
        ApiStack.Response doubleSubmit =
                post(
                        plan + "/actions/action-1/remove",
                        "version=" + version + "&idempotencyKey=r2");

        assertThat(removed.status()).as(removed.body()).isEqualTo(303);
        assertThat(doubleSubmit.status()).isEqualTo(303);
        assertThat(doubleSubmit.header("Location")).isEqualTo(removed.header("Location"));
        assertThat(version(id)).isEqualTo(version + 1);
        assertThat(api.get(removed.header("Location")).body())
                .contains(
                        "Action removed for area of weakness 1: Publish the joint SEND strategy"
                                + " (owner Director, due 31 January 2020): overdue.")
                .doesNotContain("/actions/action-1/remove");
        assertThat(api.get("/inspections/" + id).body()).contains(">Action removed <");
        ApiStack.Response gone = api.get(plan + "/actions/action-1/remove");
        ApiStack.Response changeGone = api.get(plan + "/actions/action-1");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(changeGone.status()).isEqualTo(404);
        for (ApiStack.Response page : List.of(gone, changeGone)) {
            assertThat(page.body().replace("&#39;", "'").replace("&#x27;", "'"))
                    .contains("The action 'action-1' has been removed from the improvement plan.")
                    .contains(
                            "<a class=\"govuk-link\" href=\""
                                    + plan
                                    + "\">Go to the improvement plan</a>");
        }
        assertThat(api.get(plan + "/actions/action-9/remove").body())
                .contains("There is no action")
                .contains("href=\"" + plan + "\">Go to the improvement plan</a>");
        assertThat(api.get("/inspections/no-such-2019-01-01/plan/actions/action-1/remove").body())
                .doesNotContain("Go to the improvement plan");

        assertThat(
                        post(
                                        plan + "/measures/measure-1/remove",
                                        "version=" + version(id) + "&idempotencyKey=r3")
                                .status())
                .isEqualTo(303);
        assertThat(
                        post(
                                        plan + "/boards/improvement-board/remove",
                                        "version=" + version(id) + "&idempotencyKey=r4")
                                .status())
                .isEqualTo(303);
        assertThat(api.get("/api/inspections/" + id + "/plan").json().get("boards"))
                .extracting(b -> b.get("id").asText())
                .containsExactly("hwb");
        assertThat(api.get("/api/inspections/" + id + "/plan").json().get("measures")).isEmpty();
        assertThat(api.get("/inspections/" + id).body())
                .contains(
                        "Not listed: 3 board reports no longer due (cancelled: a board removed,"
                                + " its cadence changed, or the inspection closed).")
                .doesNotContain("report to the Health and Wellbeing Board, every 2 months");
        assertThat(
                        api.get(plan + "/boards/improvement-board/reports")
                                .body()
                                .replace("&#39;", "'")
                                .replace("&#x27;", "'"))
                .contains(
                        "The board 'improvement-board' has been removed from the improvement"
                                + " plan.");
    }

    @Test
    void aMeasuresChangeForm_isFilledFromTheRecord_andSavingItKeepsTheValues() {
        String id = aCumbriaLikeInspectionInMonitoring(api);
        String plan = "/inspections/" + id + "/plan";
        api.post(
                "/api/inspections/" + id + "/measures",
                """
                {"weakness":1,"name":"Plans on tme","unit":"%","direction":"HIGHER_IS_BETTER","baseline":30.5,"baselineOn":"2019-05-01","target":80,"targetBy":"2021-03-31"}
                """);
        api.post(
                "/api/inspections/" + id + "/measures/measure-1/values",
                """
                {"on":"2019-12-31","value":41}
                """);
        long version = version(id);

        ApiStack.Response form = api.get(plan + "/measures/measure-1");

        assertThat(api.get(plan).body()).contains("href=\"" + plan + "/measures/measure-1\"");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains(
                        "Change a measure of impact",
                        "value=\"Plans on tme\"",
                        "value=\"30.5\"",
                        "value=\"2021\"",
                        "action=\"" + plan + "/measures/measure-1\"");

        ApiStack.Response saved =
                post(
                        plan + "/measures/measure-1",
                        "version="
                                + version
                                + "&idempotencyKey=m1&weakness=1&name=Plans+on+time&unit=%25"
                                + "&direction=HIGHER_IS_BETTER&baseline=30.5"
                                + "&baselineOn-day=1&baselineOn-month=5&baselineOn-year=2019"
                                + "&target=85&targetBy-day=31&targetBy-month=3&targetBy-year=2021");

        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(api.get(saved.header("Location")).body())
                .contains("Measure changed for area of weakness 1: Plans on time (%)");

        // the same form saved again as it now stands: nothing recorded, the version kept
        long after = version(id);
        ApiStack.Response unchanged =
                post(
                        plan + "/measures/measure-1",
                        "version="
                                + after
                                + "&idempotencyKey=m2&weakness=1&name=Plans+on+time&unit=%25"
                                + "&direction=HIGHER_IS_BETTER&baseline=30.5"
                                + "&baselineOn-day=1&baselineOn-month=5&baselineOn-year=2019"
                                + "&target=85&targetBy-day=31&targetBy-month=3&targetBy-year=2021");
        assertThat(unchanged.status()).isEqualTo(303);
        assertThat(unchanged.header("Location")).isEqualTo(plan + "?unchanged=true#main-content");
        assertThat(api.get(unchanged.header("Location")).body())
                .contains("Nothing was changed: what you saved is what the plan already holds.");
        assertThat(version(id)).isEqualTo(after);
        var measure = api.get("/api/inspections/" + id + "/plan").json().at("/measures/0");
        assertThat(measure.get("name").asText()).isEqualTo("Plans on time");
        assertThat(measure.get("target").decimalValue()).isEqualByComparingTo("85");
        assertThat(measure.get("values")).hasSize(1);
    }
}
