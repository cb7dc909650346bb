package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The calendar feeds and the CSV export, as Outlook, Google Calendar and a spreadsheet read them.
 */
@ExtendWith(RunningSystem.class)
class FeedsTest {

    private static Http http;

    @BeforeAll
    static void anAreaWhoseNameIsAFormula(RunningSystem system) {
        http = new Http(system);
        http.api(
                "/api/areas",
                """
                {"id":"formula","name":"=HYPERLINK(\\"http://evil.example\\",\\"Click\\")","contacts":[]}""");
        http.api(
                "/api/inspections",
                """
                {"areaId":"formula","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");
        http.api(
                "/api/inspections/formula-2019-03-18/events",
                """
                {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":["EHC plans"]}""");
    }

    @Test
    void anInspectionsCalendar_hasAnAllDayEventOnEachDueDate_andItsDaysOnSite_withStableUids()
            throws Exception {
        HttpResponse<String> response =
                http.get("/inspections/cheshire-east-2018-03-12/calendar.ics");

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("text/calendar; charset=utf-8");
        assertThat(response.body())
                .contains(
                        "BEGIN:VCALENDAR",
                        "VERSION:2.0",
                        "DTSTART;VALUE=DATE:20180815",
                        "DTEND;VALUE=DATE:20180816",
                        "UID:WSOA_SUBMISSION.cheshire-east-2018-03-12@sendtracker",
                        "SUMMARY:[Cheshire East] Written Statement of Action submission",
                        "UID:on-site.cheshire-east-2018-03-12@sendtracker",
                        "DTSTART;VALUE=DATE:20180312",
                        "DTEND;VALUE=DATE:20180317",
                        "\r\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events)
                .extracting(event -> event.getSummary().orElseThrow().getValue())
                .containsExactlyInAnyOrder(
                        // each deadline's summary marks its status: met, late, or not recorded
                        "[Cheshire East] Written Statement of Action submission (met)",
                        "[Cheshire East] DfE and NHS England monitoring visit (not recorded yet)",
                        // dates Ofsted and CQC set: when they happened, not the council's lateness
                        "[Cheshire East] Ofsted and CQC revisit (390 days after the expected date)",
                        "[Cheshire East] Ofsted and CQC revisit report (4 days after the expected date)",
                        "[Cheshire East] Inspectors on site",
                        "[Cheshire East] Revisit: inspectors arrive",
                        "[Cheshire East] Revisit report received");
        String description =
                events.stream()
                        .filter(
                                event ->
                                        event.getSummary()
                                                .orElseThrow()
                                                .getValue()
                                                .endsWith("submission (met)"))
                        .findFirst()
                        .orElseThrow()
                        .getDescription()
                        .orElseThrow()
                        .getValue();
        assertThat(description)
                .contains(
                        "Status: Met",
                        "Rule: 70 working days after the report was received",
                        "Source: SI 2015/1792");
    }

    @Test
    void aMovedDeadline_keepsItsUid_soSubscribersSeeTheEventMove() {
        String before = http.get("/inspections/formula-2019-03-18/calendar.ics").body();
        http.api(
                "/api/inspections/formula-2019-03-18/events",
                """
                {"type":"DEADLINE_OVERRIDDEN","deadline":"WSOA_SUBMISSION","dueOn":"2019-09-02","reason":"Agreed with Ofsted"}""");
        String after = http.get("/inspections/formula-2019-03-18/calendar.ics").body();

        assertThat(before)
                .contains(
                        "UID:WSOA_SUBMISSION.formula-2019-03-18@sendtracker",
                        "DTSTART;VALUE=DATE:20190821");
        assertThat(after)
                .contains(
                        "UID:WSOA_SUBMISSION.formula-2019-03-18@sendtracker",
                        "DTSTART;VALUE=DATE:20190902")
                .doesNotContain("DTSTART;VALUE=DATE:20190821");
        assertThat(sequence(after)).isGreaterThan(sequence(before));
    }

    @Test
    void anAreasCalendar_holdsItsOpenInspectionsHoweverOld_notOnesClosedMoreThanAYearAgo() {
        HttpResponse<String> open = http.get("/areas/formula/calendar.ics");
        HttpResponse<String> closed = http.get("/areas/cumbria/calendar.ics");

        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).contains("UID:WSOA_SUBMISSION.formula-2019-03-18@sendtracker");
        // Cumbria's record closed on 28 March 2023: on its inspection's own feed, not the area's
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(closed.body())
                .contains("X-WR-CALNAME:SEND deadlines: Cumbria")
                .doesNotContain("cumbria-2019-03-18");
        assertThat(http.get("/inspections/cumbria-2019-03-18/calendar.ics").body())
                .contains(
                        "UID:WSOA_SUBMISSION.cumbria-2019-03-18@sendtracker",
                        "UID:REVISIT.cumbria-2019-03-18@sendtracker");
        assertThat(http.get("/areas/nowhere/calendar.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void theCsvExport_quotesAsRfc4180Says_andDefusesFormulas() {
        HttpResponse<String> response = http.get("/deadlines.csv?areaId=formula&weeks=52");

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("text/csv; charset=utf-8; header=present");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
        String[] lines = response.body().split("\r\n");
        assertThat(lines[0]).startsWith("Area,Area id,Inspection,Deadline,Due on,Status,");
        assertThat(lines).hasSize(2);
        assertThat(lines[1])
                .startsWith(
                        "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",formula,Inspection of 18 March 2019,"
                                + "Written Statement of Action submission,")
                .contains(
                        ",Overdue,",
                        ",\"SI 2015/1792, Explanatory Note; working days as in SI 2005/1973 reg 1(3)\",Lead officer,");
    }

    @Test
    void theWholeRecordsCsv_isTheSameFile_downloadedGzippedAsBrowsersAskOrPlain() throws Exception {
        // given the whole record of every area (the demo's history and this class's area)
        String path = "/deadlines.csv?weeks=8&from=2016-01-01";

        // when it is downloaded as browsers and curl --compressed ask, and with no coding
        HttpResponse<byte[]> gzipped = http.getBytes(path, "Accept-Encoding", "gzip, deflate, br");
        HttpResponse<byte[]> plain = http.getBytes(path);

        // then the first comes gzipped, once, and unpacks to the second, byte for byte
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        for (HttpResponse<byte[]> response : List.of(gzipped, plain)) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValue("text/csv; charset=utf-8; header=present");
            assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Encoding");
            assertThat(response.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(
                            d ->
                                    assertThat(d)
                                            .matches(
                                                    "attachment; filename=\"send-deadlines-all-areas-whole-record-to-\\d{4}-\\d{2}-\\d{2}\\.csv\""));
        }
        String csv = new String(plain.body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Cumbria,cumbria,", "formula,Inspection of 18 March 2019,");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
    }

    private static int sequence(String calendar) {
        return Integer.parseInt(calendar.replaceAll("(?s).*?SEQUENCE:(\\d+).*", "$1"));
    }
}
