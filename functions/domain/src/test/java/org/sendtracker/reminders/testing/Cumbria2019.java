package org.sendtracker.reminders.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.Contact;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.application.EventReader;
import org.sendtracker.inspection.model.EventContext;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.Transition;
import org.sendtracker.rules.BuiltInRules;
import org.sendtracker.rules.Framework;
import org.sendtracker.shared.Result;

/**
 * Cumbria's 2019 local area SEND inspection on the dates the council published (the same dates as
 * {@code inspection.model.Lasend2016Fixtures}): notified 11 March, on site 18–22 March, report
 * received 14 May (WSoA due 21 August), first WSoA 20 August, resubmit by 8 October, resubmitted 7
 * October, accepted 18 October 2019, revisit notified 8 March 2021.
 *
 * <p>The same story can be told two ways, which is what the reminder rules care about: {@link
 * #recordedAsItHappened()} (each event entered at 17:30 in England on the day it happened) or
 * {@link #enteredOn(Instant)} (the whole history typed in at once, years later).
 */
public final class Cumbria2019 {

    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    public static final WorkingDayCalendar CALENDAR =
            new WorkingDayCalendar(new EnglandAndWalesBankHolidays());
    public static final InspectionId ID = new InspectionId("cumbria-2019-03-18");
    public static final AreaId AREA = new AreaId("cumbria");

    /** The day an officer types the 2019 history in, in the other tests' "today". */
    public static final Instant IN_2026 = Instant.parse("2026-11-23T10:15:30Z");

    public static final String IDENTIFICATION =
            "Identification of children and young people with SEND";
    public static final String EHC_PLANS = "Quality and timeliness of EHC plans";
    public static final String JOINT_COMMISSIONING = "Joint commissioning arrangements";

    public static final Contact LEAD_OFFICER =
            new Contact("Jo Lead", "jo.lead@cumbria.gov.uk", ContactRole.LEAD_OFFICER);
    public static final Contact DIRECTOR =
            new Contact(
                    "Sam Director",
                    "sam.director@cumbria.gov.uk",
                    ContactRole.DIRECTOR_OF_CHILDRENS_SERVICES);
    public static final Contact NHS_LEAD =
            new Contact("Priya Shah", "priya.shah@nhs.net", ContactRole.NHS_LEAD);
    public static final Contact CHIEF_EXECUTIVE =
            new Contact("Alex Chief", "alex.chief@cumbria.gov.uk", ContactRole.CHIEF_EXECUTIVE);
    public static final Contact PARENT_CARER_FORUM =
            new Contact("Pat Parent", "forum@cumbriapcf.org.uk", ContactRole.PARENT_CARER_FORUM);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<LocalDate, Instant> recordedAt;

    private Cumbria2019(Function<LocalDate, Instant> recordedAt) {
        this.recordedAt = recordedAt;
    }

    /** Each event entered on the day it happened, at 17:30 in England. */
    public static Cumbria2019 recordedAsItHappened() {
        return new Cumbria2019(Cumbria2019::eveningOf);
    }

    /** The whole history entered at {@code at}, as an area joining the service late does. */
    public static Cumbria2019 enteredOn(Instant at) {
        return new Cumbria2019(day -> at);
    }

    public static Instant eveningOf(LocalDate day) {
        return day.atTime(LocalTime.of(17, 30)).atZone(ENGLAND).toInstant();
    }

    /** Cumbria with one contact for every role. */
    public static Area area() {
        return new Area(
                AREA,
                "Cumbria",
                List.of(LEAD_OFFICER, DIRECTOR, NHS_LEAD, CHIEF_EXECUTIVE, PARENT_CARER_FORUM),
                1);
    }

    public static Area areaWith(Contact... contacts) {
        return new Area(AREA, "Cumbria", List.of(contacts), 1);
    }

    public Inspection awaitingReport() {
        LocalDate notifiedOn = LocalDate.of(2019, 3, 11);
        return Inspection.notified(
                ID,
                AREA,
                Framework.LASEND_2016,
                notifiedOn,
                LocalDate.of(2019, 3, 18),
                LocalDate.of(2019, 3, 22),
                recordedAt.apply(notifiedOn));
    }

    /**
     * Report received 14 May 2019 with three areas of significant weakness: WSoA due 21 August
     * 2019.
     */
    public Inspection withWsoaDue() {
        return withWsoaDue(List.of(IDENTIFICATION, EHC_PLANS, JOINT_COMMISSIONING));
    }

    public Inspection withWsoaDue(List<String> weaknesses) {
        return record(
                awaitingReport(),
                "REPORT_RECEIVED",
                Map.of(
                        "on",
                        "2019-05-14",
                        "publishedOn",
                        "2019-05-22",
                        "wsoaRequired",
                        true,
                        "weaknesses",
                        weaknesses));
    }

    public Inspection withWsoaUnderReview() {
        return record(
                withWsoaDue(),
                "WSOA_SUBMITTED",
                """
                {"on": "2019-08-20"}""");
    }

    /** Not fit for purpose on 10 September 2019: resubmit by 8 October. */
    public Inspection askedToResubmitItsWsoa() {
        return record(
                withWsoaUnderReview(),
                "WSOA_DECISION",
                """
                {"on": "2019-09-10", "fitForPurpose": false, "resubmitBy": "2019-10-08"}""");
    }

    /**
     * WSoA accepted 18 October 2019: first quarterly review due 18 January 2020, revisit expected
     * by 18 April 2021.
     */
    public Inspection inMonitoring() {
        Inspection resubmitted =
                record(
                        askedToResubmitItsWsoa(),
                        "WSOA_SUBMITTED",
                        """
                {"on": "2019-10-07"}""");
        return record(
                resubmitted,
                "WSOA_DECISION",
                """
                {"on": "2019-10-18", "fitForPurpose": true}""");
    }

    /**
     * A monitoring visit on 12 April 2021 (the revisit, due 18 April, not yet notified): next
     * review due 12 July 2021.
     */
    public Inspection inMonitoringAfterAVisitInApril2021() {
        return record(
                inMonitoring(),
                "MONITORING_VISIT",
                """
                {"on": "2021-04-12", "statuses": {"1": "ON_TRACK", "2": "DELAYED"}}""");
    }

    /**
     * Revisit notified Monday 8 March 2021; inspectors arrive 22 March, report expected about 24
     * April.
     */
    public Inspection awaitingItsRevisitReport() {
        return record(
                inMonitoring(),
                "REVISIT_NOTIFIED",
                """
                {"on": "2021-03-08"}""");
    }

    /** The revisit found sufficient progress everywhere: case closed. */
    public Inspection closed() {
        return record(
                awaitingItsRevisitReport(),
                "REVISIT_OUTCOME",
                """
                {"on": "2021-04-26", "publishedOn": "2021-05-04", "sufficientProgress": {"1": true, "2": true, "3": true}}""");
    }

    /** Records an event the lifecycle must accept, at this timeline's time for {@code on}'s day. */
    public Inspection record(Inspection inspection, String type, String json) {
        return record(inspection, type, parse(json));
    }

    public Inspection record(Inspection inspection, String type, Map<String, ?> input) {
        LocalDate on =
                input.containsKey("on")
                        ? LocalDate.parse((String) input.get("on"))
                        : inspection.lastEventOn();
        return recordAt(inspection, type, input, recordedAt.apply(on));
    }

    /** Records an event at an exact instant, e.g. a due date overridden on a given morning. */
    public static Inspection recordAt(
            Inspection inspection, String type, Map<String, ?> input, Instant at) {
        EventContext context =
                new EventContext(
                        LocalDate.ofInstant(at, ENGLAND), at, CALENDAR, BuiltInRules.get());
        Result<Transition> result = EventReader.decide(inspection, type, input, context);
        if (!(result instanceof Result.Ok<Transition> ok)) {
            throw new IllegalStateException(type + " " + input + " was refused: " + result);
        }
        return ok.value().next();
    }

    public static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
