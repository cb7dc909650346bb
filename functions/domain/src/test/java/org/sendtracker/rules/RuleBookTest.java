package org.sendtracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.sendtracker.rules.DeadlineKind.STRATEGIC_PLAN_UPDATE;
import static org.sendtracker.rules.DeadlineKind.WSOA_SUBMISSION;
import static org.sendtracker.rules.Framework.LASEND_2016;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;

class RuleBookTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WorkingDayCalendar CALENDAR =
            new WorkingDayCalendar(new EnglandAndWalesBankHolidays());

    @TempDir Path councilFolder;

    @Test
    void builtInRules_eachCiteANonBlankSourceAndDescription() {
        RuleBook rules = BuiltInRules.get();

        assertThat(rules.all())
                .hasSize(18)
                .allSatisfy(
                        rule -> {
                            assertThat(rule.source()).as(rule.kind() + " source").isNotBlank();
                            assertThat(rule.description())
                                    .as(rule.kind() + " description")
                                    .isNotBlank();
                        });
    }

    @Test
    void builtInRules_giveEveryDeadlineKindARule() {
        RuleBook rules = BuiltInRules.get();

        assertThat(rules.all())
                .extracting(DeadlineRule::kind)
                .containsAll(EnumSet.allOf(DeadlineKind.class));
    }

    /** Every (framework, kind, variant) the two lifecycles ask the rule book for. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "LASEND_2016,    WSOA_SUBMISSION,                  -,              70, WORKING_DAYS",
                "LASEND_2016,    WSOA_RESUBMISSION,                -,               0, SET_BY_EVENT",
                "LASEND_2016,    MONITORING_REVIEW,                -,               3, MONTHS",
                "LASEND_2016,    REVISIT,                          -,              18, MONTHS",
                "LASEND_2016,    REVISIT,                          notice,         10, WORKING_DAYS",
                "LASEND_2016,    REVISIT_REPORT,                   -,              33, CALENDAR_DAYS",
                "LASEND_2016,    APP_SUBMISSION,                   -,               0, SET_BY_EVENT",
                "LASEND_2016,    PROGRESS_REVIEW,                  -,               6, MONTHS",
                "AREA_SEND_2023, STRATEGIC_PLAN_UPDATE,            -,              50, CALENDAR_DAYS",
                "AREA_SEND_2023, PRIORITY_ACTION_PLAN_SUBMISSION,  -,              35, WORKING_DAYS",
                "AREA_SEND_2023, PRIORITY_ACTION_PLAN_PUBLICATION, -,              70, WORKING_DAYS",
                "AREA_SEND_2023, MONITORING_INSPECTION,            -,              18, MONTHS",
                "AREA_SEND_2023, MONITORING_INSPECTION,            notice,         10, WORKING_DAYS",
                "AREA_SEND_2023, ENGAGEMENT_MEETING,               -,              12, MONTHS",
                "AREA_SEND_2023, NEXT_FULL_INSPECTION,             outcome-1,       5, YEARS",
                "AREA_SEND_2023, NEXT_FULL_INSPECTION,             outcome-2-or-3,  3, YEARS",
            })
    void everyRuleTheLifecyclesUse_resolvesToTheHandbooksFigure(
            Framework framework, DeadlineKind kind, String variant, int amount, OffsetUnit unit) {
        DeadlineRule rule =
                BuiltInRules.get().rule(framework, kind, variant == null ? "" : variant);

        assertThat(rule.amount()).isEqualTo(amount);
        assertThat(rule.unit()).isEqualTo(unit);
        assertThat(rule.owner()).isEqualTo(ContactRole.LEAD_OFFICER);
    }

    @Test
    void wsoaRule_isSeventyWorkingDaysFromReceipt_withItsSource() {
        DeadlineRule rule = BuiltInRules.get().rule(LASEND_2016, WSOA_SUBMISSION);

        assertThat(rule.description()).isEqualTo("70 working days after the report was received");
        assertThat(rule.source())
                .isEqualTo(
                        "SI 2015/1792, Explanatory Note; working days as in SI 2005/1973 reg 1(3)");
        assertThat(rule.dueFrom(LocalDate.of(2019, 5, 14), CALENDAR))
                .isEqualTo(LocalDate.of(2019, 8, 21));
    }

    @Test
    void aRuleOfTheOtherFramework_isNotFound() {
        assertThatIllegalStateException()
                .isThrownBy(() -> BuiltInRules.get().rule(LASEND_2016, STRATEGIC_PLAN_UPDATE))
                .withMessage("no rule for LASEND_2016 STRATEGIC_PLAN_UPDATE in the rule book");
    }
}
