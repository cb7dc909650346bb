package org.sendtracker.http.web.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * Closing an inspection cancels the deadlines not yet due; one already missed stays on the record
 * as overdue (docs/domain-rules.md §1.4). The "Are you sure?" page says so and names them: it said
 * "its open deadlines are cancelled", and a board's missed reports then read "Overdue" for years.
 */
class ClosingConfirmationPageTest {

    static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aStepThatCloses_namesTheMissedDeadlinesClosingLeavesOverdue() {
        // given an inspection in its revisit whose board's report of 1 June 2020 was never
        // presented
        String id = ApiFixtures.aCumbriaLikeInspectionInRevisit(api);
        ApiStack.Response board =
                api.put(
                        "/api/inspections/" + id + "/boards/improvement-board",
                        """
                        {"name":"SEND Improvement Board","kind":"IMPROVEMENT_BOARD",
                         "cadence":{"kind":"MEETING_DATES","meetings":["2020-06-01","2099-06-01"]}}""");
        assertThat(board.status()).as(board.body()).isBetween(200, 201);
        long version = ApiFixtures.inspection(api, id).get("version").asLong();

        // when the revisit outcome, sufficient progress everywhere (which closes it), is sent
        ApiStack.Response asked =
                ApiFixtures.postForm(
                        api,
                        "/inspections/" + id + "/events",
                        "type=REVISIT_OUTCOME&version="
                                + version
                                + "&on-day=3&on-month=5&on-year=2021"
                                + "&sufficientProgress.1=true&sufficientProgress.2=true"
                                + "&sufficientProgress.3=true");

        // then it is asked first, saying what is cancelled and which missed date stays
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertThat(asked.body())
                .contains("Are you sure you want to close this inspection?")
                .contains("its deadlines not yet due are cancelled")
                .contains("This deadline was missed before this step.")
                .contains("Report to the SEND Improvement Board, due 1 June 2020")
                .doesNotContain("1 June 2099");
    }

    @Test
    void changeADueDate_namesEachBoardsReportByItsBoard() {
        String id = ApiFixtures.aCumbriaLikeInspectionInRevisit(api);
        api.put(
                "/api/inspections/" + id + "/boards/improvement-board",
                """
                {"name":"SEND Improvement Board","kind":"IMPROVEMENT_BOARD",
                 "cadence":{"kind":"MEETING_DATES","meetings":["2099-06-01"]}}""");

        // two boards reporting on one day read "Board report, due …" twice (a probe, stop 27)
        assertThat(api.get("/inspections/" + id).body())
                .contains(">Report to the SEND Improvement Board, due 1 June 2099<");
    }
}
