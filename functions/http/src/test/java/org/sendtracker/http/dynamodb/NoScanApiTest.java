package org.sendtracker.http.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.RecordingDynamoDb;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Request paths read by key or index, never by Scan (docs/domain-rules.md §2), checked on the
 * requests the API really sends.
 */
class NoScanApiTest {

    static ApiStack recorded;

    @BeforeAll
    static void start() {
        recorded = ApiStack.start(Map.of(RecordingDynamoDb.ENABLED, "true"));
    }

    @AfterAll
    static void stop() {
        recorded.close();
    }

    @Test
    void productionClient_refusesAScan() {
        try (ApiStack production = ApiStack.start()) {
            DynamoDbClient client = production.context().getBean(DynamoDbClient.class);

            assertThatThrownBy(() -> client.scan(b -> b.tableName(production.table)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(
                            "Scan of "
                                    + production.table
                                    + " refused: read by key or index instead");
        }
    }

    @Test
    void representativeApiCalls_issueNoScan_onlyKeyReadsQueriesAndConditionalWrites() {
        // given the recording client in place of the production one, still refusing scans
        RecordingDynamoDb.Operations operations =
                recorded.context().getBean(RecordingDynamoDb.Operations.class);
        DynamoDbClient client = recorded.context().getBean(DynamoDbClient.class);
        assertThatThrownBy(() -> client.scan(b -> b.tableName(recorded.table)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(operations.names()).endsWith("Scan");
        operations.clear();

        // when an officer works through the API: areas, inspections, events, retries, lists and
        // deadlines
        String id = ApiFixtures.aCumbriaLikeInspectionInMonitoring(recorded);
        String area = id.substring(0, id.length() - "-2019-03-18".length());
        List<ApiStack.Response> responses =
                List.of(
                        recorded.get("/api/areas/" + area),
                        recorded.get("/api/areas"),
                        recorded.put(
                                "/api/areas/" + area,
                                """
                        {"name":"Cumbria","contacts":[{"name":"Lead","email":"lead@cumbria.gov.uk","role":"LEAD_OFFICER"}]}
                        """,
                                "If-Match",
                                "\"1\""),
                        recorded.get("/api/inspections/" + id),
                        recorded.get("/api/inspections?areaId=" + area),
                        recorded.post(
                                "/api/inspections/" + id + "/events",
                                """
                        {"type":"MONITORING_VISIT","on":"2020-01-15","statuses":{"1":"ON_TRACK"}}
                        """,
                                "Idempotency-Key",
                                "visit-1"),
                        recorded.post(
                                "/api/inspections/" + id + "/events",
                                """
                        {"type":"MONITORING_VISIT","on":"2020-01-15","statuses":{"1":"ON_TRACK"}}
                        """,
                                "Idempotency-Key",
                                "visit-1"),
                        recorded.post(
                                "/api/inspections/" + id + "/events",
                                """
                        {"type":"REVISIT_NOTIFIED","on":"2021-03-01"}
                        """,
                                "If-Match",
                                "\"1\""),
                        recorded.post(
                                "/api/inspections/" + id + "/events",
                                """
                        {"type":"APP_SUBMITTED","on":"2021-03-01"}
                        """),
                        recorded.get("/api/deadlines?from=2019-01-01&to=2022-12-31"),
                        recorded.get(
                                "/api/deadlines?from=2019-01-01&to=2022-12-31&areaId="
                                        + area
                                        + "&status=OVERDUE"),
                        recorded.get("/api/deadlines"),
                        recorded.get("/api/inspections/nowhere-2019-03-18"),
                        recorded.get("/api/areas/nowhere"));
        assertThat(responses)
                .extracting(ApiStack.Response::status)
                .containsExactly(
                        200, 200, 200, 200, 200, 201, 200, 412, 409, 200, 200, 200, 404, 404);

        // then every read was by key or index, every write a put or a transaction, and none a scan
        assertThat(operations.names())
                .doesNotContain("Scan")
                .isSubsetOf("GetItem", "Query", "PutItem", "TransactWriteItems");
    }
}
