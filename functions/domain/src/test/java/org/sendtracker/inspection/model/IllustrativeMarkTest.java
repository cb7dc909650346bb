package org.sendtracker.inspection.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionAwaitingReport;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionWithWsoaDue;
import static org.sendtracker.inspection.model.Recording.TODAY;
import static org.sendtracker.inspection.model.Recording.accepted;
import static org.sendtracker.inspection.model.Recording.decide;
import static org.sendtracker.inspection.model.Recording.fieldErrors;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.application.NewInspection;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Result;

/**
 * The optional "illustrative" mark: any event or new inspection may carry it; it must be true or
 * false; it changes no rule.
 */
class IllustrativeMarkTest {

    @Test
    void anEventMarkedIllustrative_isDecidedExactlyAsWithoutTheMark() {
        Transition marked =
                accepted(
                        aCumbriaInspectionWithWsoaDue(),
                        "WSOA_SUBMITTED",
                        """
                {"on": "2019-08-21", "illustrative": true, "note": "The day is an example"}""");
        Transition plain =
                accepted(
                        aCumbriaInspectionWithWsoaDue(),
                        "WSOA_SUBMITTED",
                        """
                {"on": "2019-08-21", "note": "The day is an example"}""");

        assertThat(marked.next()).isEqualTo(plain.next());
        assertThat(marked.summary()).isEqualTo(plain.summary());
    }

    @Test
    void aMarkThatIsNotTrueOrFalse_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionAwaitingReport(),
                        "REPORT_RECEIVED",
                        """
                {"on": "2019-05-14", "wsoaRequired": false, "illustrative": "perhaps"}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError("illustrative", "'illustrative' must be true or false"));
    }

    @Test
    void aDeadlineOverride_mayBeMarked() {
        accepted(
                aCumbriaInspectionWithWsoaDue(),
                "DEADLINE_OVERRIDDEN",
                """
                {"deadline": "WSOA_SUBMISSION", "dueOn": "2019-08-30", "reason": "Agreed with Ofsted", "illustrative": true}""");
    }

    @Test
    void aNewInspection_mayBeMarked_butOnlyTrueOrFalse() {
        Map<String, Object> input =
                Map.of(
                        "areaId",
                        "barsetshire",
                        "framework",
                        "AREA_SEND_2023",
                        "notifiedOn",
                        "2026-10-05",
                        "startsOn",
                        "2026-10-19",
                        "endsOn",
                        "2026-10-23",
                        "illustrative",
                        true);
        assertThat(NewInspection.read(input, TODAY)).isInstanceOf(Result.Ok.class);

        Map<String, Object> wrong = new HashMap<>(input);
        wrong.put("illustrative", 1);
        assertThat(NewInspection.read(wrong, TODAY)).isInstanceOf(Result.Refused.class);
    }

    @Test
    void theMark_isReadFromARecordedEventsInput() {
        assertThat(Illustrative.isMarked(recorded(Map.of("illustrative", true)))).isTrue();
        assertThat(Illustrative.isMarked(recorded(Map.of("illustrative", false)))).isFalse();
        assertThat(Illustrative.isMarked(recorded(Map.of("on", "2019-05-14")))).isFalse();
    }

    private static RecordedEvent recorded(Map<String, Object> input) {
        EventDetails.Builder details = EventDetails.builder();
        input.forEach(details::put);
        return new RecordedEvent(
                1,
                "REPORT_RECEIVED",
                null,
                "Officer",
                Instant.EPOCH,
                "Report received",
                details.build());
    }
}
