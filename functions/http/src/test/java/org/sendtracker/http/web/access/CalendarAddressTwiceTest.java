package org.sendtracker.http.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.Race;

/**
 * Making the calendar address twice at once (a double click) is not a permission problem: each
 * press either shows the address it made, or says (409) that another press made one a moment ago,
 * on the account page, never "You cannot do this".
 */
class CalendarAddressTwiceTest {

    static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void pressesAtTheSameMoment_eachShowTheAddressTheyMade_orSayAnotherMadeIt() {
        List<ApiStack.Response> presses =
                Race.of(6, i -> ApiFixtures.postForm(api, "/account/calendar", ""));

        assertThat(presses)
                .allSatisfy(
                        press -> {
                            assertThat(press.status()).as(press.body()).isIn(200, 409);
                            assertThat(press.body())
                                    .contains("Your calendar address")
                                    .doesNotContain("You cannot do this");
                            if (press.status() == 409) {
                                assertThat(press.body())
                                        .contains(
                                                "Your calendar address was made a moment ago, by"
                                                        + " another press of the button")
                                        .doesNotContain("id=\"feed-url\"");
                            } else {
                                assertThat(press.body()).contains("id=\"feed-url\"");
                            }
                        });
        assertThat(presses).anySatisfy(press -> assertThat(press.status()).isEqualTo(200));
    }
}
