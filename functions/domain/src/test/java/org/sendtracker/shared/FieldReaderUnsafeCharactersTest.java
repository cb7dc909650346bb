package org.sendtracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every text a request carries is read by {@link FieldReader}, so it is the one place that refuses
 * control and text direction characters, field by field, for the JSON API and the forms alike.
 */
class FieldReaderUnsafeCharactersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            NUL                      | 0000 | The area's name must not contain control characters or text direction controls (U+0000 at character 4)
            escape (ANSI colours)    | 001B | The area's name must not contain control characters or text direction controls (U+001B at character 4)
            DEL                      | 007F | The area's name must not contain control characters or text direction controls (U+007F at character 4)
            C1 control               | 0090 | The area's name must not contain control characters or text direction controls (U+0090 at character 4)
            right-to-left override   | 202E | The area's name must not contain control characters or text direction controls (U+202E at character 4)
            left-to-right embedding  | 202A | The area's name must not contain control characters or text direction controls (U+202A at character 4)
            first strong isolate     | 2068 | The area's name must not contain control characters or text direction controls (U+2068 at character 4)
            pop directional isolate  | 2069 | The area's name must not contain control characters or text direction controls (U+2069 at character 4)
            unpaired surrogate       | D800 | The area's name must not contain control characters or text direction controls (U+D800 at character 4)
            line feed                | 000A | The area's name must be on one line
            carriage return          | 000D | The area's name must be on one line
            next line (NEL)          | 0085 | The area's name must be on one line
            line separator           | 2028 | The area's name must be on one line
            paragraph separator      | 2029 | The area's name must be on one line
            tab                      | 0009 | The area's name must not contain tabs
            bytes that were not UTF-8 | FFFD | The area's name holds characters that could not be read (U+FFFD at character 4): send the text as UTF-8
            """)
    void text_refusesAnUnsafeCharacter_withAMessageNamingIt(
            String name, String hex, String message) {
        FieldReader fields =
                new FieldReader(Map.of("name", "Cum" + (char) Integer.parseInt(hex, 16) + "bria"));

        String read = fields.text("name", "the area's name", 120, true);

        assertThat(read).isNull();
        assertThat(fields.errors()).containsExactly(new FieldError("name", message));
    }

    @Test
    void text_takesOrdinaryTextInAnyScript_andTheImplicitDirectionMarks() {
        FieldReader fields =
                new FieldReader(Map.of("name", "Siân O'Neil-Ødegård, مريم\u200F, 李小龍"));

        assertThat(fields.text("name", "the contact's name", 120, true))
                .isEqualTo("Siân O'Neil-Ødegård, مريم\u200F, 李小龍");
        assertThat(fields.errors()).isEmpty();
    }

    @Test
    void multiLineText_takesTabsAndLineBreaks_butNoOtherControlCharacter() {
        FieldReader fields =
                new FieldReader(
                        Map.of(
                                "note",
                                "First line\r\nSecond\tline\nThird",
                                "reason",
                                "Agreed\rby DfE",
                                "other",
                                "Agreed\u000Bby DfE"));

        assertThat(fields.multiLineText("note", "the note", 2000, false))
                .isEqualTo("First line\r\nSecond\tline\nThird");
        assertThat(fields.multiLineText("reason", "the reason for the change", 500, true)).isNull();
        assertThat(fields.multiLineText("other", "the other reason", 500, true)).isNull();
        assertThat(fields.errors())
                .containsExactly(
                        new FieldError(
                                "reason",
                                "The reason for the change must not contain control characters or text direction controls"
                                        + " (U+000D at character 7)"),
                        new FieldError(
                                "other",
                                "The other reason must not contain control characters or text direction controls"
                                        + " (U+000B at character 7)"));
    }

    @Test
    void aTrailingLineBreak_isRefusedToo_notStrippedSilently() {
        FieldReader fields = new FieldReader(Map.of("name", "Cumbria\n"));

        assertThat(fields.text("name", "the area's name", 120, true)).isNull();
        assertThat(fields.errors())
                .containsExactly(new FieldError("name", "The area's name must be on one line"));
    }

    @Test
    void choice_refusesAControlCharacter_beforeComparingWithTheChoices() {
        FieldReader fields = new FieldReader(Map.of("role", "LEAD_OFFICER\u0000"));

        assertThat(fields.choice("role", "the contact's role", Role.class, true)).isNull();
        assertThat(fields.errors())
                .containsExactly(
                        new FieldError(
                                "role",
                                "The contact's role must not contain control characters or text direction controls (U+0000 at character 13)"));
    }

    enum Role implements Labelled {
        LEAD_OFFICER;

        @Override
        public String label() {
            return "Lead officer";
        }
    }

    @Test
    void textList_refusesEachItemWithAnUnsafeCharacter_byItsIndex() {
        FieldReader fields =
                new FieldReader(
                        Map.of(
                                "weaknesses",
                                List.of("Leadership", "Joint\u202Ecommissioning", "EHC\nplans")));

        assertThat(fields.textList("weaknesses", "areas of weakness", 12, 300))
                .containsExactly("Leadership");
        assertThat(fields.errors())
                .containsExactly(
                        new FieldError(
                                "weaknesses[1]",
                                "Each of the areas of weakness must not contain control characters or text direction"
                                        + " controls (U+202E at character 6)"),
                        new FieldError(
                                "weaknesses[2]",
                                "Each of the areas of weakness must be on one line"));
    }

    @Test
    void aFieldName_withAnUnsafeCharacter_isRefused_andQuotedBackVisibly() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", "Cumbria");
        input.put("na\u001Bme", "Cumbria");

        FieldReader fields = new FieldReader(input).onlyFields(Set.of("name"));

        assertThat(fields.errors())
                .containsExactly(
                        new FieldError(
                                "na\\u001Bme",
                                "A field's name must not contain control characters or text direction controls (U+001B at character 3)"));
    }

    @Test
    void anObjectsKey_withAnUnsafeCharacter_isRefused_andLeftOut() {
        FieldReader fields = new FieldReader(Map.of("statuses", Map.of("1\u202E", "ON_TRACK")));

        assertThat(fields.object("statuses", "statuses", false)).isEmpty();
        assertThat(fields.errors())
                .containsExactly(
                        new FieldError(
                                "statuses.1\\u202E",
                                "Statuses must be keyed without control characters or text direction controls (U+202E at character 2)"));
    }

    @Test
    void nestedObjects_refuseUnsafeCharactersUnderTheirOwnPath() {
        FieldReader fields =
                new FieldReader(Map.of("contacts", List.of(Map.of("name", "Jo\u0007"))));

        FieldReader contact = fields.objects("contacts", "contacts", 5).get(0);
        contact.text("name", "the contact's name", 120, true);

        assertThat(fields.errors())
                .containsExactly(
                        new FieldError(
                                "contacts[0].name",
                                "The contact's name must not contain control characters or text direction controls (U+0007 at character 3)"));
    }
}
