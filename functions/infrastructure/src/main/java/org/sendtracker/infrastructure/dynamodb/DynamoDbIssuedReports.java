package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.Items.item;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.BODY;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.model.ReportLink;
import org.sendtracker.report.application.IssuedReports;
import org.sendtracker.report.model.IssuedReport;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Issued progress reports in their inspection's partition: {@code REPORT#{number}}, and the same
 * copy under {@code REPORT_KEY#{key}} so a retried request finds what it issued. Both are written
 * once, in one transaction, each only if absent; nothing ever updates or deletes them.
 */
@Singleton
final class DynamoDbIssuedReports implements IssuedReports {

    private final DynamoDbClient dynamo;
    private final String table;

    DynamoDbIssuedReports(DynamoDbClient dynamo, TableName table) {
        this.dynamo = dynamo;
        this.table = table.value();
    }

    @Override
    public List<IssuedReport> of(InspectionId inspection) {
        return Items.collection(
                dynamo,
                table,
                TableKeys.inspection(inspection),
                TableKeys.REPORT_PREFIX,
                IssuedReport.class);
    }

    @Override
    public Optional<IssuedReport> find(InspectionId inspection, int number) {
        return Items.get(
                dynamo,
                table,
                TableKeys.inspection(inspection),
                TableKeys.issuedReport(number),
                IssuedReport.class);
    }

    @Override
    public Optional<IssuedReport> byKey(InspectionId inspection, String key) {
        return Items.get(
                dynamo,
                table,
                TableKeys.inspection(inspection),
                TableKeys.issuedReportKey(key),
                IssuedReport.class);
    }

    /**
     * Also writes, in the same transaction, the link the report owes its board's members ({@link
     * DynamoDbReportLinks}), when it has any: issued and owed together, or neither.
     */
    @Override
    public void add(IssuedReport report) {
        String body = JsonBodies.write(report);
        String pk = TableKeys.inspection(new InspectionId(report.inspectionId()));
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(
                Transactions.put(
                        table,
                        reportItem(pk, TableKeys.issuedReport(report.number()), body),
                        DynamoDbInspections.NOT_YET_WRITTEN,
                        Map.of()));
        writes.add(
                Transactions.put(
                        table,
                        reportItem(pk, TableKeys.issuedReportKey(report.key()), body),
                        DynamoDbInspections.NOT_YET_WRITTEN,
                        Map.of()));
        if (!report.members().isEmpty()) {
            writes.add(
                    Transactions.put(
                            table,
                            DynamoDbReportLinks.linkItem(pk, ReportLink.of(report)),
                            DynamoDbInspections.NOT_YET_WRITTEN,
                            Map.of()));
        }
        Transactions.write(
                dynamo,
                writes,
                () ->
                        "report "
                                + report.number()
                                + " of "
                                + report.inspectionId()
                                + " or its key was already issued");
    }

    private static Map<String, AttributeValue> reportItem(String pk, String sk, String body) {
        return item().s(PK, pk).s(SK, sk).s("kind", "ISSUED_REPORT").s(BODY, body).build();
    }
}
