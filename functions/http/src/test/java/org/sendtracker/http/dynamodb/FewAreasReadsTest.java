package org.sendtracker.http.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.RecordingDynamoDb;
import org.sendtracker.http.testing.TestIdentityProvider;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * An officer of one council has that council read, never every area's records kept to theirs
 * (docs/performance.md, "One council's dashboard"): on the requests the pages really send, no query
 * reads the list of every area, every area's outstanding deadlines, every open inspection or a year
 * of every area's deadlines.
 */
class FewAreasReadsTest {

    static ApiStack api;
    static RecordingDynamoDb.Operations operations;
    static String officer;
    static String feed;

    @BeforeAll
    static void start() {
        api = ApiStack.start(Map.of(RecordingDynamoDb.ENABLED, "true"));
        operations = api.context().getBean(RecordingDynamoDb.Operations.class);
        String theirs = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        String area = theirs.substring(0, theirs.length() - "-2019-03-18".length());
        officer = api.bearerFor("Olive One", ApiFixtures.areasAccess("EDITOR", List.of(area)));
        feed =
                api.context()
                        .getBean(AccessService.class)
                        .renewFeed(TestIdentityProvider.person("Olive One").subject())
                        .orElseThrow();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/?all=inspections",
                "/deadlines.csv",
                "/api/deadlines",
                "/api/areas",
                "/areas",
                "/inspections/new",
                "FEED"
            })
    void aRequestOfAnOfficerOfOneArea_readsNoPartitionOfEveryArea(String path) {
        operations.clear();

        ApiStack.Response answer =
                path.equals("FEED")
                        ? api.request(
                                "GET",
                                "/feeds/" + feed + "/calendar.ics",
                                null,
                                "Authorization",
                                "")
                        : path.startsWith("/api/") || path.endsWith(".csv")
                                ? api.request("GET", path, null, "Authorization", officer)
                                : api.request(
                                        "GET",
                                        path,
                                        null,
                                        "Authorization",
                                        officer,
                                        "Accept",
                                        "text/html");

        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        assertThat(operations.names()).as(path + " read the table").isNotEmpty();
        assertThat(operations.queries())
                .as(path + " queried")
                .noneMatch(query -> partition(query).equals("AREAS"))
                .noneMatch(query -> partition(query).equals("OUTSTANDING"))
                .noneMatch(query -> partition(query).startsWith("DUE#"))
                .noneMatch(
                        query ->
                                partition(query).equals("OPEN_INSPECTIONS")
                                        && !query.keyConditionExpression().contains("begins_with"));
    }

    private static String partition(QueryRequest query) {
        AttributeValue pk = query.expressionAttributeValues().get(":pk");
        return pk == null ? "" : pk.s();
    }
}
