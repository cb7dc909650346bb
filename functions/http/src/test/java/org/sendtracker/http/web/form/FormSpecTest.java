package org.sendtracker.http.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendtracker.shared.FieldError;

class FormSpecTest {

    private static final FormSpec OUTCOME =
            new FormSpec(
                    "revisit-outcome",
                    List.of(
                            FormField.date("on", "the date the revisit report was received"),
                            FormField.yesNo(
                                    "sufficientProgress.1", "the judgement for area of weakness 1"),
                            FormField.yesNo(
                                    "sufficientProgress.2", "the judgement for area of weakness 2"),
                            FormField.lines("weaknesses", "areas of weakness"),
                            FormField.text("note", "the note")));

    @Test
    void theBoxes_becomeTheInputTheJsonApiSends() {
        FormData data =
                FormData.parse(
                        "on-day=20&on-month=4&on-year=2020&sufficientProgress.1=true&sufficientProgress.2=false"
                                + "&weaknesses=EHC+plans%0D%0A%0D%0A+Joint+commissioning+&note=");

        assertThat(OUTCOME.read(data).input())
                .isEqualTo(
                        Map.of(
                                "on", "2020-04-20",
                                "sufficientProgress", Map.of("1", true, "2", false),
                                "weaknesses", List.of("EHC plans", "Joint commissioning")));
    }

    @Test
    void theDomainsErrors_landOnTheFieldsTheyAreAbout_inTheFormsOrder_linkedToTheirIds() {
        FormSpec.Submission submission =
                OUTCOME.read(FormData.parse("on-day=20&on-month=&on-year=2020"));

        FormState state =
                OUTCOME.withErrors(
                        submission,
                        List.of(
                                new FieldError(
                                        "weaknesses[1]",
                                        "Each of the areas of weakness must be 300 characters or fewer"),
                                new FieldError(
                                        "sufficientProgress",
                                        "Give a judgement for every area of weakness: missing [1, 2]"),
                                new FieldError(
                                        "on",
                                        "The date the revisit report was received must be a date in the form YYYY-MM-DD, for example 2019-05-14")),
                        7L);

        assertThat(state.problems())
                .containsExactly(
                        new Problem(
                                "#revisit-outcome-on-month",
                                "The date the revisit report was received must include a month"),
                        new Problem(
                                "#revisit-outcome-sufficient-progress-1",
                                "Give a judgement for every area of weakness: missing [1, 2]"),
                        new Problem(
                                "#revisit-outcome-weaknesses",
                                "Each of the areas of weakness must be 300 characters or fewer"));
        assertThat(state.value("on-day")).isEqualTo("20");
        assertThat(state.datePartInError("on", "month")).isTrue();
        assertThat(state.datePartInError("on", "day")).isFalse();
        assertThat(state.version()).isEqualTo(7L);
    }

    @Test
    void aMonthOf13_refusedByTheDomain_linksToTheMonthBox_notTheDay() {
        FormSpec.Submission submission =
                OUTCOME.read(FormData.parse("on-day=14&on-month=13&on-year=2019"));

        FormState state =
                OUTCOME.withErrors(
                        submission,
                        List.of(
                                new FieldError(
                                        "on",
                                        "The date the revisit report was received must be a real date (there is no month 13)")),
                        7L);

        assertThat(state.problems())
                .containsExactly(
                        new Problem(
                                "#revisit-outcome-on-month",
                                "The date the revisit report was received must be a real date (there is no month 13)"));
        assertThat(state.datePartInError("on", "month")).isTrue();
        assertThat(state.datePartInError("on", "day")).isFalse();
    }

    @Test
    void aDayTheMonthDoesNotHave_linksToTheDayBox() {
        FormSpec.Submission submission =
                OUTCOME.read(FormData.parse("on-day=29&on-month=2&on-year=2019"));

        FormState state =
                OUTCOME.withErrors(
                        submission, List.of(new FieldError("on", "not a real date")), 7L);

        assertThat(state.problems())
                .containsExactly(new Problem("#revisit-outcome-on-day", "not a real date"));
        assertThat(state.datePartInError("on", "month")).isFalse();
    }

    @Test
    void aRealDateRefusedForItsOrder_highlightsAllThreeBoxes() {
        FormSpec.Submission submission =
                OUTCOME.read(FormData.parse("on-day=29&on-month=2&on-year=2020"));

        FormState state =
                OUTCOME.withErrors(submission, List.of(new FieldError("on", "too early")), 7L);

        assertThat(state.problems())
                .containsExactly(new Problem("#revisit-outcome-on-day", "too early"));
        assertThat(state.datePartInError("on", "month")).isTrue();
        assertThat(state.datePartInError("on", "year")).isTrue();
    }

    @Test
    void anInvalidDate_isSentOnAsTyped_soTheDomainRefusesTheWholeRequest() {
        assertThat(OUTCOME.read(FormData.parse("on-day=20&on-month=x&on-year=2020")).input())
                .containsEntry("on", "20/x/2020");
    }

    @Test
    void everyRender_getsAFreshIdempotencyKey() {
        assertThat(OUTCOME.fresh(Map.of(), 1L).idempotencyKey())
                .isNotEqualTo(OUTCOME.fresh(Map.of(), 1L).idempotencyKey());
    }
}
