package org.sendtracker.http.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.http.web.deadline.DeadlineRow;
import org.sendtracker.inspection.model.DeadlineStatus;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.rules.DayCount;

class DeadlineCalendarTest {

    @Test
    void eachDeadline_isAnAllDayEvent_withAStableUid_andItsRuleAndStatus() {
        DeadlineRow row =
                new DeadlineRow(
                        "cumbria",
                        "Cumbria",
                        "cumbria-2019-03-18",
                        "WSOA_SUBMISSION",
                        "Written Statement of Action submission",
                        LocalDate.of(2019, 8, 21),
                        DeadlineStatus.OPEN,
                        LocalDate.of(2019, 8, 1),
                        "70 working days after the report was received",
                        "SI 2015/1792",
                        ContactRole.LEAD_OFFICER,
                        Stage.WSOA_DUE,
                        LocalDate.of(2019, 8, 21),
                        null,
                        null,
                        null,
                        DayCount.WORKING_DAYS,
                        DateSetter.COUNCIL);

        String ics =
                DeadlineCalendar.render(
                        "SEND deadlines: Cumbria",
                        List.of(
                                new DeadlineCalendar.Entry(
                                        row, 2, Instant.parse("2019-05-14T10:00:00Z"))),
                        "https://tracker.example");

        assertThat(ics)
                .contains(
                        "BEGIN:VCALENDAR\r\n",
                        "X-WR-CALNAME:SEND deadlines: Cumbria\r\n",
                        "DTSTART;VALUE=DATE:20190821\r\n",
                        "DTEND;VALUE=DATE:20190822\r\n",
                        "SUMMARY:[Cumbria] Written Statement of Action submission\r\n",
                        "UID:WSOA_SUBMISSION.cumbria-2019-03-18@sendtracker\r\n",
                        "DTSTAMP:20190514T100000Z\r\n",
                        "SEQUENCE:2\r\n",
                        "URL:https://tracker.example/inspections/cumbria-2019-03-18\r\n",
                        "STATUS:CONFIRMED\r\n");
        assertThat(ics.replace("\r\n ", ""))
                .contains(
                        "DESCRIPTION:Status: Open (Due in 20 days)\\nRule: 70 working days after the report was received\\n");
        assertThat(ics).doesNotContain("METHOD:");
    }
}
