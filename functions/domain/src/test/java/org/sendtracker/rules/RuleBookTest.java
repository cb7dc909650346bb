package org.sendtracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendtracker.rules.DeadlineKind.STRATEGIC_PLAN_UPDATE;
import static org.sendtracker.rules.DeadlineKind.WSOA_SUBMISSION;
import static org.sendtracker.rules.Framework.AREA_SEND_2023;
import static org.sendtracker.rules.Framework.LASEND_2016;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
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
        RuleBook rules = RuleBook.builtIn();

        assertThat(rules.all())
                .hasSize(16)
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
        RuleBook rules = RuleBook.builtIn();

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
                "LASEND_2016,    REVISIT,                          report,         33, CALENDAR_DAYS",
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
                RuleBook.builtIn().rule(framework, kind, variant == null ? "" : variant);

        assertThat(rule.amount()).isEqualTo(amount);
        assertThat(rule.unit()).isEqualTo(unit);
        assertThat(rule.owner()).isEqualTo(ContactRole.LEAD_OFFICER);
    }

    @Test
    void wsoaRule_isSeventyWorkingDaysFromReceipt_withItsSource() {
        DeadlineRule rule = RuleBook.builtIn().rule(LASEND_2016, WSOA_SUBMISSION);

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
                .isThrownBy(() -> RuleBook.builtIn().rule(LASEND_2016, STRATEGIC_PLAN_UPDATE))
                .withMessage("no rule for LASEND_2016 STRATEGIC_PLAN_UPDATE in the rule book");
    }

    @Test
    void aCouncilsRulesFile_overridesAFigure_andChangesTheComputedDate() throws IOException {
        // given a council's copy of the rules counting the strategic plan update in working days
        Path file = councilFolder.resolve("deadline-rules.json");
        writeBuiltInRulesWith(file, STRATEGIC_PLAN_UPDATE, 50, "WORKING_DAYS");
        LocalDate reportReceivedOn = LocalDate.of(2023, 9, 14);

        // when
        DeadlineRule builtIn = RuleBook.builtIn().rule(AREA_SEND_2023, STRATEGIC_PLAN_UPDATE);
        DeadlineRule council =
                RuleBook.load(Optional.of(file)).rule(AREA_SEND_2023, STRATEGIC_PLAN_UPDATE);

        // then 50 working days (23 November 2023) rather than 50 calendar days (3 November 2023)
        assertThat(builtIn.dueFrom(reportReceivedOn, CALENDAR))
                .isEqualTo(LocalDate.of(2023, 11, 3));
        assertThat(council.unit()).isEqualTo(OffsetUnit.WORKING_DAYS);
        assertThat(council.dueFrom(reportReceivedOn, CALENDAR))
                .isEqualTo(LocalDate.of(2023, 11, 23));
    }

    @Test
    void aMalformedRulesFile_failsNamingTheFile() throws IOException {
        Path file = councilFolder.resolve("broken-rules.json");
        Files.writeString(file, "{\"rules\": [ {\"framework\": \"LASEND_2016\", ");

        assertThatThrownBy(() -> RuleBook.load(Optional.of(file)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read deadline rules from " + file);
    }

    @Test
    void aRulesFileWithAnUnknownUnit_failsNamingTheFile() throws IOException {
        Path file = councilFolder.resolve("deadline-rules.json");
        writeBuiltInRulesWith(file, STRATEGIC_PLAN_UPDATE, 50, "FORTNIGHTS");

        assertThatThrownBy(() -> RuleBook.load(Optional.of(file)))
                .hasMessage("cannot read deadline rules from " + file);
    }

    @Test
    void aRulesFileWithAZeroCount_failsNamingTheFileAndTheRule() throws IOException {
        Path file = councilFolder.resolve("deadline-rules.json");
        writeBuiltInRulesWith(file, STRATEGIC_PLAN_UPDATE, 0, "CALENDAR_DAYS");

        assertThatThrownBy(() -> RuleBook.load(Optional.of(file)))
                .hasMessage("cannot read deadline rules from " + file)
                .rootCause()
                .hasMessage("amount == 0 for AREA_SEND_2023 STRATEGIC_PLAN_UPDATE");
    }

    @Test
    void aRulesFileWithTwoRulesForOneDeadline_failsNamingTheFileAndTheDeadline()
            throws IOException {
        Path file = councilFolder.resolve("deadline-rules.json");
        ObjectNode rules = builtInRules();
        rules.withArray("rules").add(rules.withArray("rules").get(0).deepCopy());
        JSON.writeValue(file.toFile(), rules);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleBook.load(Optional.of(file)))
                .withMessage(
                        "cannot read deadline rules from "
                                + file
                                + ": two rules for LASEND_2016 WSOA_SUBMISSION");
    }

    @Test
    void aRulesFileWithoutItsRulesList_failsNamingTheFile() throws IOException {
        Path file = councilFolder.resolve("deadline-rules.json");
        Files.writeString(file, "{\"comment\": \"the rules went missing\"}");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleBook.load(Optional.of(file)))
                .withMessage(
                        "cannot read deadline rules from "
                                + file
                                + ": \"rules\" must be a list of rules");
    }

    @Test
    void aRulesFileThatIsMissing_failsNamingTheFile() {
        Path file = councilFolder.resolve("no-such-file.json");

        assertThatThrownBy(() -> RuleBook.load(Optional.of(file)))
                .hasMessage("cannot read deadline rules from " + file);
    }

    @Test
    void aRulesFileLackingARuleTheLifecyclesNeed_failsAtLoad_namingTheRule() throws IOException {
        Path file = councilFolder.resolve("deadline-rules.json");
        ObjectNode rules = builtInRules();
        var list = rules.withArray("rules");
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).get("kind").asText().equals("PROGRESS_REVIEW")) {
                list.remove(i);
            }
        }
        JSON.writeValue(file.toFile(), rules);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleBook.load(Optional.of(file)))
                .withMessage(
                        "cannot read deadline rules from "
                                + file
                                + ": it lacks rules the lifecycles need: [LASEND_2016 PROGRESS_REVIEW] (copy them from the built-in file)");
    }

    private static void writeBuiltInRulesWith(Path file, DeadlineKind kind, int amount, String unit)
            throws IOException {
        ObjectNode rules = builtInRules();
        rules.withArray("rules")
                .forEach(
                        rule -> {
                            if (rule.get("kind").asText().equals(kind.name())) {
                                ((ObjectNode) rule).put("amount", amount).put("unit", unit);
                            }
                        });
        JSON.writeValue(file.toFile(), rules);
    }

    private static ObjectNode builtInRules() throws IOException {
        try (InputStream in =
                RuleBook.class.getResourceAsStream("/org/sendtracker/rules/deadline-rules.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
