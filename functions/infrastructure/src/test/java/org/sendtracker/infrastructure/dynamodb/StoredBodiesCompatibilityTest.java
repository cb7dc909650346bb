package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.model.EventDetails;
import org.sendtracker.inspection.model.Illustrative;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.KeyDates;
import org.sendtracker.inspection.model.RecordedEvent;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items stored before the domain's maps became typed values ({@link KeyDates}, {@link
 * EventDetails}) load unchanged, and are written back byte for byte as they were. The bodies below
 * were written by the code before the change (Jackson over the records, as {@link JsonBodies} was
 * then configured).
 */
class StoredBodiesCompatibilityTest {

    static final String INSPECTION_BODY =
            """
            {"id":{"value":"cumbria-2019-03-18"},"areaId":{"value":"cumbria"},"framework":"LASEND_2016",\
            "stage":"WSOA_UNDER_REVIEW","version":2,"notifiedOn":"2019-03-11","startsOn":"2019-03-18",\
            "endsOn":"2019-03-22","reportReceivedOn":"2019-05-14","reportPublishedOn":"2019-05-22",\
            "outcome":null,"weaknesses":[{"number":1,"title":"Leadership","history":[{"on":"2019-05-14",\
            "status":"NOT_STARTED"}],"sufficientProgress":null,"judgedOn":null}],"deadlines":[],\
            "keyDates":{"Report received":"2019-05-14","Report published":"2019-05-22",\
            "WSoA submitted":"2019-08-20"},"lastEventOn":"2019-08-20","eventCount":2,\
            "createdAt":"2019-05-14T10:15:30.123456789Z","updatedAt":"2019-05-14T10:16:30.123456789Z"}""";

    static final String EVENT_BODY =
            """
            {"seq":2,"type":"REPORT_RECEIVED","on":"2019-05-14","actor":"Alex Officer",\
            "recordedAt":"2019-05-14T10:15:30.123456789Z","summary":"Report received on 14 May 2019.",\
            "details":{"on":"2019-05-14","wsoaRequired":true,"weaknesses":["Leadership"],\
            "statuses":{"1":"ON_TRACK"},"illustrative":true},"actorId":"sub-1"}""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalDynamoDb dynamo;

    @BeforeEach
    void freshTable() {
        dynamo = LocalDynamoDb.withFreshTable();
    }

    @AfterEach
    void dropTable() {
        dynamo.close();
    }

    @Test
    void anInspectionItemWrittenBeforeKeyDatesWereTyped_loadsWithItsKeyDatesInOrder() {
        // given the items as the earlier code stored them
        putItem(TableKeys.INSPECTION_ITEM, "INSPECTION", INSPECTION_BODY);
        putItem(TableKeys.event(2), "EVENT", EVENT_BODY);
        DynamoDbInspections inspections =
                new DynamoDbInspections(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table));
        InspectionId id = new InspectionId("cumbria-2019-03-18");

        // when they are read
        Inspection inspection = inspections.find(id).orElseThrow();
        List<RecordedEvent> history = inspections.history(id);

        // then every value is there, the key dates in the order they were recorded
        assertThat(inspection.keyDates().names())
                .containsExactly(
                        KeyDates.REPORT_RECEIVED,
                        KeyDates.REPORT_PUBLISHED,
                        KeyDates.WSOA_SUBMITTED);
        assertThat(inspection.keyDates().get(KeyDates.WSOA_SUBMITTED))
                .isEqualTo(LocalDate.of(2019, 8, 20));
        assertThat(inspection.weaknesses()).hasSize(1);
        RecordedEvent report = history.get(0);
        assertThat(report.actorId()).isEqualTo("sub-1");
        assertThat(report.details().names())
                .containsExactly("on", "wsoaRequired", "weaknesses", "statuses", "illustrative");
        assertThat(report.details().date("on")).contains(LocalDate.of(2019, 5, 14));
        assertThat(report.details().bool("wsoaRequired")).contains(true);
        assertThat(report.details().value("weaknesses")).contains(List.of("Leadership"));
        assertThat(report.details().object("statuses").flatMap(s -> s.text("1")))
                .contains("ON_TRACK");
        assertThat(Illustrative.isMarked(report.details())).isTrue();
    }

    @Test
    void storedBodies_areWrittenBackExactlyAsTheyWere() throws Exception {
        Inspection inspection = JsonBodies.read(INSPECTION_BODY, Inspection.class);
        RecordedEvent event = JsonBodies.read(EVENT_BODY, RecordedEvent.class);

        assertThat(JsonBodies.write(inspection)).isEqualTo(INSPECTION_BODY);
        assertThat(JsonBodies.write(event)).isEqualTo(EVENT_BODY);
        assertThat(
                        JSON.readTree(
                                JsonBodies.write(
                                        JsonBodies.read(INSPECTION_BODY, Inspection.class))))
                .isEqualTo(JSON.readTree(INSPECTION_BODY));
    }

    private void putItem(String sortKey, String kind, String body) {
        dynamo.client.putItem(
                put ->
                        put.tableName(dynamo.table.value())
                                .item(
                                        Map.of(
                                                TableLayout.PK,
                                                AttributeValue.fromS(
                                                        "INSPECTION#cumbria-2019-03-18"),
                                                TableLayout.SK,
                                                AttributeValue.fromS(sortKey),
                                                "kind",
                                                AttributeValue.fromS(kind),
                                                TableLayout.VERSION,
                                                AttributeValue.fromN("2"),
                                                TableLayout.BODY,
                                                AttributeValue.fromS(body))));
    }
}
