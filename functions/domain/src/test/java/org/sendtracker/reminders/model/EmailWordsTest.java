package org.sendtracker.reminders.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.Framework;

/** How emails name inspections, dates and steps: as people say them, never as codes. */
class EmailWordsTest {

    @Test
    void anInspection_isNamedByItsArea_itsFrameworkAsOfficersSayIt_andItsDates() {
        Inspection inspection =
                Inspection.notified(
                        new InspectionId("wyvern-vale-2023-02-27"),
                        new AreaId("wyvern-vale"),
                        Framework.AREA_SEND_2023,
                        LocalDate.of(2023, 2, 13),
                        LocalDate.of(2023, 2, 27),
                        LocalDate.of(2023, 3, 3),
                        Instant.parse("2023-02-13T10:00:00Z"));

        assertThat(EmailWords.inspection("Wyvern Vale", inspection))
                .isEqualTo(
                        "Wyvern Vale's area SEND inspection (2023 framework) of 27 February to 3 March 2023");
        assertThat(EmailWords.inspection("St Helens", inspection))
                .startsWith("St Helens' area SEND inspection");
    }

    @Test
    void spansAndDays_areWrittenAsGovUkWritesThem() {
        assertThat(EmailWords.span(LocalDate.of(2017, 11, 13), LocalDate.of(2017, 11, 17)))
                .isEqualTo("13 to 17 November 2017");
        assertThat(EmailWords.span(LocalDate.of(2022, 12, 30), LocalDate.of(2023, 1, 3)))
                .isEqualTo("30 December 2022 to 3 January 2023");
        assertThat(EmailWords.span(LocalDate.of(2021, 3, 22), LocalDate.of(2021, 3, 22)))
                .isEqualTo("22 March 2021");
        assertThat(EmailWords.day(LocalDate.of(2027, 1, 15))).isEqualTo("Friday 15 January 2027");
        assertThat(EmailWords.and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
        assertThat(EmailWords.or(List.of("a", "b"))).isEqualTo("a or b");
    }

    @Test
    void aStepInsideASentence_keepsTheCapitalsOfNamesAndAcronymsOnly() {
        assertThat(EmailWords.inSentence(DeadlineKind.PRIORITY_ACTION_PLAN_SUBMISSION.label()))
                .isEqualTo("priority action plan submission");
        assertThat(EmailWords.inSentence(DeadlineKind.WSOA_SUBMISSION.label()))
                .isEqualTo("Written Statement of Action submission");
        assertThat(EmailWords.inSentence(DeadlineKind.MONITORING_REVIEW.label()))
                .isEqualTo("DfE and NHS England monitoring visit");
        assertThat(EmailWords.inSentence(DeadlineKind.REVISIT.label()))
                .isEqualTo("Ofsted and CQC revisit");
        assertThat(EmailWords.inSentence(DeadlineKind.APP_SUBMISSION.label()))
                .isEqualTo("Accelerated Progress Plan submission");
    }
}
