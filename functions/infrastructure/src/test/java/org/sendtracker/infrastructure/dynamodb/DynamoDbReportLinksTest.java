package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.model.ReportLink;
import org.sendtracker.report.model.IssuedReport;
import org.sendtracker.report.model.ProgressReport;
import org.sendtracker.report.model.ReportPeriod;
import org.sendtracker.shared.Actor;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The link an issued report owes its board's members, against DynamoDB Local: written with the
 * report (or not at all when the board had no members), read by one query until marked sent.
 */
class DynamoDbReportLinksTest {

    private static final InspectionId LANCASHIRE = new InspectionId("lancashire-2017-11-13");

    private LocalDynamoDb dynamo;
    private DynamoDbIssuedReports reports;
    private DynamoDbReportLinks links;

    @BeforeEach
    void freshTable() {
        dynamo = LocalDynamoDb.withFreshTable();
        reports = new DynamoDbIssuedReports(dynamo.client, dynamo.table);
        links = new DynamoDbReportLinks(dynamo.client, dynamo.table);
    }

    @AfterEach
    void dropTable() {
        dynamo.close();
    }

    @Test
    void aReportIssuedToABoardWithMembers_owesThemItsLink_untilMarkedSent() {
        IssuedReport first = issued(1, List.of("lead@lancashire.gov.uk", "nhs@nhs.net"));
        reports.add(first);
        reports.add(issued(2, List.of("lead@lancashire.gov.uk")));
        dynamo.requests.clear();

        List<ReportLink> owed = links.unsent(LANCASHIRE);

        assertThat(owed)
                .containsExactly(
                        ReportLink.of(first),
                        ReportLink.of(issued(2, List.of("lead@lancashire.gov.uk"))));
        assertThat(owed.get(0).members()).containsExactly("lead@lancashire.gov.uk", "nhs@nhs.net");
        assertThat(dynamo.requests.ofType(QueryRequest.class)).hasSize(1);
        // the issued copy keeps who it was sent to
        assertThat(reports.find(LANCASHIRE, 1).orElseThrow().members())
                .containsExactly("lead@lancashire.gov.uk", "nhs@nhs.net");

        links.sent(owed.get(0));

        assertThat(links.unsent(LANCASHIRE)).extracting(ReportLink::number).containsExactly(2);
        assertThat(reports.of(LANCASHIRE)).extracting(IssuedReport::number).containsExactly(1, 2);
    }

    @Test
    void aReportIssuedToABoardWithoutMembers_owesNothing() {
        reports.add(issued(1, List.of()));

        assertThat(links.unsent(LANCASHIRE)).isEmpty();
        assertThat(reports.find(LANCASHIRE, 1)).isPresent();
    }

    private static IssuedReport issued(int number, List<String> members) {
        ReportPeriod period = new ReportPeriod(LocalDate.of(2018, 6, 1), LocalDate.of(2018, 9, 30));
        ProgressReport content =
                new ProgressReport(
                        LANCASHIRE.value(),
                        "lancashire",
                        "Lancashire",
                        "LASEND_2016",
                        "MONITORING",
                        period,
                        period.to(),
                        new ProgressReport.Summary(
                                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                        List.of(),
                        List.of());
        return new IssuedReport(
                LANCASHIRE.value(),
                number,
                "send-improvement-board",
                "SEND Improvement Board",
                Instant.parse("2018-10-02T14:00:00Z"),
                new Actor("rae", "Rae Porter"),
                "key-" + number,
                content,
                members);
    }
}
