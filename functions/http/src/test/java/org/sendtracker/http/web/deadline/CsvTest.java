package org.sendtracker.http.web.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "Cumbria                  | Cumbria",
                "'SI 2015/1792, reg 3'    | '\"SI 2015/1792, reg 3\"'",
                "'the \"fit\" WSoA'       | '\"the \"\"fit\"\" WSoA\"'",
                "=1+2                     | '''=1+2'",
                "+44 1234                 | '''+44 1234'",
                "-1                       | '''-1'",
                "@SUM(A1)                 | '''@SUM(A1)'",
                "'=HYPERLINK(\"x\",\"y\")' | '\"''=HYPERLINK(\"\"x\"\",\"\"y\"\")\"'",
            })
    void fieldsAreQuotedAsRfc4180Says_andFormulasDefused(String value, String written) {
        assertThat(Csv.field(value)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"a | b"})
    void rowsEndInCrlf(String first, String second) {
        assertThat(new Csv().row(List.of(first, second)).row(List.of("line\nbreak")).toString())
                .isEqualTo("a,b\r\n\"line\nbreak\"\r\n");
    }
}
