package org.sendtracker.infrastructure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendtracker.rules.DeadlineKind.STRATEGIC_PLAN_UPDATE;
import static org.sendtracker.rules.Framework.AREA_SEND_2023;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.DeadlineRule;
import org.sendtracker.rules.Framework;
import org.sendtracker.rules.OffsetUnit;
import org.sendtracker.rules.RuleBook;

/** Reading the rule book: the built-in file, a council's corrected copy, and every way it fails. */
class RuleBookFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WorkingDayCalendar CALENDAR =
            new WorkingDayCalendar(new EnglandAndWalesBankHolidays());

    @TempDir Path councilFolder;

    @Test
    void theBuiltInFile_holdsEveryRule() {
        assertThat(RuleBookFiles.builtIn().all()).hasSize(18);
    }

    @Test
    void aRulesInternalNote_isReadApartFromItsSource_andAbsentOnesAreEmpty() {
        RuleBook book = RuleBookFiles.builtIn();

        DeadlineRule strategicPlan = book.rule(AREA_SEND_2023, STRATEGIC_PLAN_UPDATE);
        assertThat(strategicPlan.description())
                .isEqualTo("update and publish the strategic plan within 50 days of the report");
        assertThat(strategicPlan.source())
                .isEqualTo("Area SEND inspection framework and handbook, January 2023");
        assertThat(strategicPlan.note())
                .isEqualTo(
                        "The handbook does not say which days: calendar days assumed, change the unit here if working days are confirmed");
        assertThat(book.rule(Framework.LASEND_2016, DeadlineKind.WSOA_SUBMISSION).note()).isEmpty();
    }

    @Test
    void whatOfficersAreShown_holdsNoInternalNoteOrSource() {
        for (DeadlineRule rule : RuleBookFiles.builtIn().all()) {
            assertThat(rule.description() + " | " + rule.source())
                    .as("%s %s %s", rule.framework(), rule.kind(), rule.variant())
                    .doesNotContainIgnoringCase("assumed")
                    .doesNotContainIgnoringCase("change the unit")
                    .doesNotContainIgnoringCase("correct here")
                    .doesNotContainIgnoringCase("bulletin")
                    .doesNotContainIgnoringCase("minutes")
                    .doesNotContain("PQ ");
        }
    }

    @Test
    void aCouncilsRulesFile_overridesAFigure_andChangesTheComputedDate() throws IOException {
        // given a council's copy of the rules counting the strategic plan update in working days
        Path file = councilFolder.resolve("deadline-rules.json");
        writeBuiltInRulesWith(file, STRATEGIC_PLAN_UPDATE, 50, "WORKING_DAYS");
        LocalDate reportReceivedOn = LocalDate.of(2023, 9, 14);

        // when
        DeadlineRule builtIn = RuleBookFiles.builtIn().rule(AREA_SEND_2023, STRATEGIC_PLAN_UPDATE);
        DeadlineRule council =
                RuleBookFiles.load(Optional.of(file)).rule(AREA_SEND_2023, STRATEGIC_PLAN_UPDATE);

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

        assertThatThrownBy(() -> RuleBookFiles.load(Optional.of(file)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read deadline rules from " + file);
    }

    @Test
    void aRulesFileWithAnUnknownUnit_failsNamingTheFile() throws IOException {
        Path file = councilFolder.resolve("deadline-rules.json");
        writeBuiltInRulesWith(file, STRATEGIC_PLAN_UPDATE, 50, "FORTNIGHTS");

        assertThatThrownBy(() -> RuleBookFiles.load(Optional.of(file)))
                .hasMessage("cannot read deadline rules from " + file);
    }

    @Test
    void aRulesFileWithAZeroCount_failsNamingTheFileAndTheRule() throws IOException {
        Path file = councilFolder.resolve("deadline-rules.json");
        writeBuiltInRulesWith(file, STRATEGIC_PLAN_UPDATE, 0, "CALENDAR_DAYS");

        assertThatThrownBy(() -> RuleBookFiles.load(Optional.of(file)))
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
                .isThrownBy(() -> RuleBookFiles.load(Optional.of(file)))
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
                .isThrownBy(() -> RuleBookFiles.load(Optional.of(file)))
                .withMessage(
                        "cannot read deadline rules from "
                                + file
                                + ": \"rules\" must be a list of rules");
    }

    @Test
    void aRulesFileThatIsMissing_failsNamingTheFile() {
        Path file = councilFolder.resolve("no-such-file.json");

        assertThatThrownBy(() -> RuleBookFiles.load(Optional.of(file)))
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
                .isThrownBy(() -> RuleBookFiles.load(Optional.of(file)))
                .withMessage(
                        "cannot read deadline rules from "
                                + file
                                + ": it lacks rules the lifecycles need: [LASEND_2016 PROGRESS_REVIEW] (copy them from the built-in file)");
    }

    @Test
    void aCouncilsFileWrittenBeforeTheRevisitReportHadItsOwnRule_readsItsRevisitReportFigure()
            throws IOException {
        // given a council's copy from before: the revisit report was the REVISIT rule's "report"
        // variant, which the council had set to 40 days, and no rule said who sets the date
        Path file = councilFolder.resolve("deadline-rules.json");
        ObjectNode rules = builtInRules();
        for (var rule : rules.withArray("rules")) {
            if (rule.get("kind").asText().equals("REVISIT_REPORT")) {
                ((ObjectNode) rule)
                        .put("kind", "REVISIT")
                        .put("variant", "report")
                        .put("amount", 40)
                        .remove("setBy");
            }
        }
        JSON.writeValue(file.toFile(), rules);

        // when
        RuleBook book = RuleBookFiles.load(Optional.of(file));

        // then it is the revisit report's rule, with the council's figure, set by Ofsted and CQC
        DeadlineRule report = book.rule(Framework.LASEND_2016, DeadlineKind.REVISIT_REPORT);
        assertThat(report.amount()).isEqualTo(40);
        assertThat(report.unit()).isEqualTo(OffsetUnit.CALENDAR_DAYS);
        assertThat(report.setBy()).isEqualTo(DateSetter.INSPECTORATES);
        assertThat(report.dueFrom(LocalDate.of(2021, 3, 22), CALENDAR))
                .isEqualTo(LocalDate.of(2021, 5, 1));
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
        try (InputStream in = RuleBook.class.getResourceAsStream(RuleBook.BUILT_IN_RESOURCE)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
