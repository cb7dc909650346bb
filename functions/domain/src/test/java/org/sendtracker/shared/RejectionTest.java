package org.sendtracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A refusal is read through its fold: each kind reaches its own case, and only that one. */
class RejectionTest {

    private static final List<Rejection> ONE_OF_EACH =
            List.of(
                    Rejection.Invalid.of("name", "Enter the area's name"),
                    new Rejection.Forbidden("Only an administrator can do this"),
                    new Rejection.NotFound("There is no area 'x'"),
                    new Rejection.Conflict("That area is already registered"),
                    new Rejection.NotAllowed("Not now", List.of("REPORT_RECEIVED")),
                    new Rejection.StaleVersion(1, 2));

    @Test
    void eachKindOfRefusal_reachesItsOwnCase() {
        assertThat(ONE_OF_EACH.stream().map(Rejection::kind))
                .containsExactly(Rejection.Kind.values());
    }

    @Test
    void anInvalidRefusal_keepsItsErrorsByField_andAnyOtherIsTheErrorOfTheFieldGiven() {
        assertThat(ONE_OF_EACH.get(0).errors("id"))
                .containsExactly(new FieldError("name", "Enter the area's name"));
        assertThat(ONE_OF_EACH.get(3).errors("id"))
                .containsExactly(new FieldError("id", "That area is already registered"));
        assertThat(ONE_OF_EACH.get(5).errors("version"))
                .containsExactly(
                        new FieldError(
                                "version",
                                "The record has changed since version 1 (it is now version 2): reload it and try again"));
    }

    @Test
    void aResult_foldsToItsValue_orToItsRefusal() {
        Result<String> ok = Result.ok("cumbria");
        Result<String> refused = Result.refused(new Rejection.NotFound("There is no area 'x'"));

        assertThat(ok.fold(value -> "ok " + value, Rejection::message)).isEqualTo("ok cumbria");
        assertThat(refused.fold(value -> "ok " + value, Rejection::message))
                .isEqualTo("There is no area 'x'");
        assertThat(ok.refusal()).isEmpty();
        assertThat(refused.refusal()).containsInstanceOf(Rejection.NotFound.class);
        assertThat(refused.map(String::length).refusal()).isEqualTo(refused.refusal());
        assertThatThrownBy(refused::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("refused: NotFound");
    }
}
