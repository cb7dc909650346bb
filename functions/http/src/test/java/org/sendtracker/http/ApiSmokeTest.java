package org.sendtracker.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiStack;

class ApiSmokeTest {

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
    void lancashireReport_receivedOn16January2018_givesWsoaDeadline26April2018() {
        assertThat(
                        api.post(
                                        "/api/areas",
                                        """
                {"id":"lancashire","name":"Lancashire","contacts":[{"name":"Lead","email":"lead@lancashire.gov.uk","role":"LEAD_OFFICER"}]}
                """)
                                .status())
                .isEqualTo(201);
        var created =
                api.post(
                        "/api/inspections",
                        """
                {"areaId":"lancashire","framework":"LASEND_2016","notifiedOn":"2017-11-06","startsOn":"2017-11-13","endsOn":"2017-11-17"}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var recorded =
                api.post(
                        "/api/inspections/lancashire-2017-11-13/events",
                        """
                {"type":"REPORT_RECEIVED","on":"2018-01-16","publishedOn":"2018-01-16","wsoaRequired":true,"weaknesses":["Leadership"]}
                """,
                        "If-Match",
                        "\"1\"");

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.body())
                .contains(
                        "\"kind\":\"WSOA_SUBMISSION\"",
                        "\"dueOn\":\"2018-04-26\"",
                        "\"stage\":\"WSOA_DUE\"");
        assertThat(recorded.header("ETag")).isEqualTo("\"2\"");
    }
}
