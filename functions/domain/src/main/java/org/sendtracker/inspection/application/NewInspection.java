package org.sendtracker.inspection.application;

import static org.sendtracker.shared.Dates.format;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.model.Illustrative;
import org.sendtracker.rules.Framework;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * A request to record an inspection (a command, read here from the request once): which area, which
 * framework, when it was notified and when inspectors were on site. Each framework covers a period:
 * a LASEND_2016 inspection started between May 2016 and December 2022, an AREA_SEND_2023 one was
 * notified from January 2023.
 */
public record NewInspection(
        AreaId areaId,
        Framework framework,
        LocalDate notifiedOn,
        LocalDate startsOn,
        LocalDate endsOn) {

    private static final LocalDate LASEND_FIRST = LocalDate.of(2016, 5, 1);
    private static final LocalDate LASEND_LAST = LocalDate.of(2022, 12, 31);
    private static final LocalDate AREA_SEND_FIRST = LocalDate.of(2023, 1, 1);
    private static final int LONGEST_INSPECTION_DAYS = 31;
    static final int LONGEST_NOTICE_DAYS = 42;

    public static Result<NewInspection> read(Map<String, ?> input, LocalDate today) {
        FieldReader fields =
                new FieldReader(input)
                        .onlyFields(
                                Set.of(
                                        "areaId",
                                        "framework",
                                        "notifiedOn",
                                        "startsOn",
                                        "endsOn",
                                        Illustrative.FIELD));
        EventReader.readIllustrative(fields);
        String area = fields.text("areaId", "the area", 40, true);
        if (area != null && !AreaId.isValid(area)) {
            fields.error("areaId", AreaId.NOT_AN_AREA_ID);
            area = null;
        }
        Framework framework = fields.choice("framework", "the framework", Framework.class, true);
        LocalDate notifiedOn = fields.date("notifiedOn", "the date the area was notified", true);
        LocalDate startsOn = fields.date("startsOn", "the date inspectors arrived", true);
        LocalDate endsOn = fields.date("endsOn", "the last day on site", true);
        if (notifiedOn != null && notifiedOn.isAfter(today)) {
            fields.error(
                    "notifiedOn", "The date the area was notified must be today or in the past");
        }
        if (notifiedOn != null && startsOn != null && startsOn.isBefore(notifiedOn)) {
            fields.error(
                    "startsOn",
                    "The date inspectors arrived must be on or after the date the area was notified");
        } else if (notifiedOn != null
                && startsOn != null
                && startsOn.isAfter(notifiedOn.plusDays(LONGEST_NOTICE_DAYS))) {
            // inspectors arrive a week (2016) or about two weeks (2023) after the call
            // (docs/domain-rules.md): six weeks leaves room for a date moved, not for a typo
            fields.error(
                    "startsOn",
                    "The date inspectors arrived must be within "
                            + LONGEST_NOTICE_DAYS / 7
                            + " weeks of the date the area was notified");
        }
        if (startsOn != null && endsOn != null) {
            if (endsOn.isBefore(startsOn)) {
                fields.error(
                        "endsOn",
                        "The last day on site must be on or after the date inspectors arrived");
            } else if (endsOn.isAfter(startsOn.plusDays(LONGEST_INSPECTION_DAYS))) {
                fields.error(
                        "endsOn",
                        "The last day on site must be within "
                                + LONGEST_INSPECTION_DAYS
                                + " days of the date inspectors arrived");
            }
        }
        if (framework == Framework.LASEND_2016
                && startsOn != null
                && (startsOn.isBefore(LASEND_FIRST) || startsOn.isAfter(LASEND_LAST))) {
            fields.error(
                    "framework",
                    "A "
                            + Framework.LASEND_2016.labelInSentence()
                            + " started between "
                            + format(LASEND_FIRST)
                            + " and "
                            + format(LASEND_LAST)
                            + "; this one started "
                            + format(startsOn));
        }
        if (framework == Framework.AREA_SEND_2023
                && notifiedOn != null
                && notifiedOn.isBefore(AREA_SEND_FIRST)) {
            fields.error(
                    "framework",
                    "An "
                            + Framework.AREA_SEND_2023.labelInSentence()
                            + " was notified on or after "
                            + format(AREA_SEND_FIRST)
                            + "; this one was notified "
                            + format(notifiedOn));
        }
        if (fields.hasErrors()) {
            return Result.refused(new Rejection.Invalid(fields.errors()));
        }
        return Result.ok(
                new NewInspection(new AreaId(area), framework, notifiedOn, startsOn, endsOn));
    }
}
