package org.sendtracker.http.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.http.testing.ApiFixtures.aCumbriaLikeInspectionInMonitoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiStack;

/**
 * The progress report as JSON (docs/progress-report.md) reads as the page does: the boards' own
 * reports counted apart from the statutory deadlines, and each line saying which it is.
 */
class ProgressReportJsonApiTest {

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
    void boardReports_areCountedApartFromTheStatutoryDeadlines_andMarkedInTheirLines() {
        // given a board reporting every two months from 15 November 2019, the first presented
        String id = anInspectionWithABoard();

        // when the report for the winter is read as JSON
        ApiStack.Response report =
                api.get(
                        "/api/inspections/"
                                + id
                                + "/progress-report?from=2019-11-01&to=2020-01-31");

        // then its summary counts the two apart, and every line says which it is
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode summary = report.json().get("summary");
        List<Boolean> boardLines = new ArrayList<>();
        int statutory = 0;
        for (JsonNode line : report.json().get("deadlines")) {
            boolean board = line.get("boardReport").asBoolean();
            boardLines.add(board);
            assertThat(line.get("kind").asText().equals("Board report")).isEqualTo(board);
            statutory += board ? 0 : 1;
        }
        assertThat(boardLines).contains(true, false);
        assertThat(summary.get("boardReportsMet").asInt()).isEqualTo(1);
        assertThat(
                        summary.get("boardReportsMet").asInt()
                                + summary.get("boardReportsMetLate").asInt()
                                + summary.get("boardReportsOpen").asInt()
                                + summary.get("boardReportsOverdue").asInt())
                .isEqualTo(boardLines.stream().filter(b -> b).count());
        assertThat(
                        summary.get("deadlinesMet").asInt()
                                + summary.get("deadlinesMetLate").asInt()
                                + summary.get("deadlinesOpen").asInt()
                                + summary.get("deadlinesOverdue").asInt()
                                + summary.get("deadlinesNotRecorded").asInt())
                .isEqualTo(statutory);
    }

    @Test
    void theListOfIssuedCopies_saysWhatEachIsAndWhereToReadIt_withoutItsContent() {
        String id = anInspectionWithABoard();
        for (String[] period :
                new String[][] {{"2019-10-01", "2019-12-31"}, {"2020-01-01", "2020-03-31"}}) {
            ApiStack.Response issued =
                    api.post(
                            "/api/inspections/" + id + "/progress-reports",
                            """
                            {"board":"improvement-board","from":"%s","to":"%s"}"""
                                    .formatted(period[0], period[1]),
                            "Idempotency-Key",
                            "issue-" + period[0]);
            assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        }

        ApiStack.Response list = api.get("/api/inspections/" + id + "/progress-reports");

        // hundreds of whole copies would pass the 6 MB a Lambda may answer: each is read alone
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json()).hasSize(2);
        JsonNode second = list.json().get(1);
        assertThat(second.get("number").asInt()).isEqualTo(2);
        assertThat(second.get("boardName").asText()).isEqualTo("SEND Improvement Board");
        assertThat(second.get("from").asText()).isEqualTo("2020-01-01");
        assertThat(second.get("to").asText()).isEqualTo("2020-03-31");
        assertThat(second.get("issuedBy").asText()).isNotBlank();
        assertThat(second.get("page").asText())
                .isEqualTo("/inspections/" + id + "/progress-reports/2");
        assertThat(second.has("content")).isFalse();
        ApiStack.Response copy = api.get(second.get("href").asText());
        assertThat(copy.status()).as(copy.body()).isEqualTo(200);
        assertThat(copy.json().at("/content/period/from").asText()).isEqualTo("2020-01-01");
    }

    /** An inspection in monitoring with a board reporting every two months, the first presented. */
    private static String anInspectionWithABoard() {
        String id = aCumbriaLikeInspectionInMonitoring(api);
        String area = id.substring(0, id.length() - "-2019-03-18".length());
        ApiStack.Response saved =
                api.put(
                        "/api/inspections/" + id + "/boards/improvement-board",
                        """
                        {"name":"SEND Improvement Board","kind":"IMPROVEMENT_BOARD","members":["lead@%s.gov.uk"],
                         "cadence":{"kind":"EVERY_MONTHS","every":2,"from":"2019-11-15","until":"2020-03-15"}}
                        """
                                .formatted(area));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        ApiStack.Response presented =
                api.post(
                        "/api/inspections/" + id + "/boards/improvement-board/reports",
                        """
                        {"dueOn":"2019-11-15","presentedOn":"2019-11-14"}
                        """);
        assertThat(presented.status()).as(presented.body()).isEqualTo(201);
        return id;
    }
}
