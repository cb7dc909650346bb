package org.sendtracker.local.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The runner's route table is template.yaml's: each request goes to the function API Gateway would
 * send it to, by the most specific route.
 */
class ApiRoutesTest {

    private static final ApiRoutes TEMPLATE = ApiRoutes.ofTheTemplate();

    @Test
    void theProgressReportsPagesAndPdfs_goToTheReportsFunction_withTheirPathParameters() {
        assertThat(function("GET", "/inspections/lancashire-2017-11-13/progress-report"))
                .isEqualTo("ReportsFunction");
        assertThat(function("GET", "/inspections/lancashire-2017-11-13/progress-report.pdf"))
                .isEqualTo("ReportsFunction");
        assertThat(function("GET", "/inspections/lancashire-2017-11-13/progress-reports/2"))
                .isEqualTo("ReportsFunction");
        ApiRoutes.Matched issuedPdf =
                TEMPLATE.route(
                                "GET",
                                "/inspections/lancashire-2017-11-13/progress-reports/2/progress-report.pdf")
                        .orElseThrow();
        assertThat(issuedPdf.route().function()).isEqualTo("ReportsFunction");
        assertThat(issuedPdf.route().handler())
                .isEqualTo("org.sendtracker.reports.lambda.ReportsFunctionHandler::handleRequest");
        assertThat(issuedPdf.pathParameters())
                .isEqualTo(Map.of("id", "lancashire-2017-11-13", "proxy", "2/progress-report.pdf"));
    }

    @Test
    void issuingAndEverythingElse_goToTheHttpFunction() {
        // the issuing form and the API write: the reports function may not write
        assertThat(function("POST", "/inspections/lancashire-2017-11-13/progress-reports"))
                .isEqualTo("HttpFunction");
        assertThat(function("POST", "/api/inspections/lancashire-2017-11-13/progress-reports"))
                .isEqualTo("HttpFunction");
        assertThat(function("GET", "/api/inspections/lancashire-2017-11-13/progress-report"))
                .isEqualTo("HttpFunction");
        assertThat(function("GET", "/inspections/lancashire-2017-11-13")).isEqualTo("HttpFunction");
        assertThat(function("GET", "/inspections/lancashire-2017-11-13/progress-reports"))
                .isEqualTo("HttpFunction");
        assertThat(function("GET", "/")).isEqualTo("HttpFunction");
        assertThat(TEMPLATE.route("GET", "/").orElseThrow().route().key()).isEqualTo("GET /");
    }

    @Test
    void aRouteWhoseTargetIsNoFunctionsAlias_isRefused_naming_it() {
        String template =
                """
                Resources:
                  Odd:
                    Type: AWS::ApiGatewayV2::Route
                    Properties:
                      RouteKey: GET /odd
                      Target: !Sub 'integrations/${Elsewhere}'
                  Elsewhere:
                    Type: AWS::ApiGatewayV2::Integration
                    Properties:
                      IntegrationType: HTTP_PROXY
                      IntegrationUri: https://example.org/
                """;

        assertThatThrownBy(
                        () ->
                                ApiRoutes.fromTemplate(
                                        new ByteArrayInputStream(
                                                template.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "template.yaml: route Odd (GET /odd) does not target a function's alias through an integration");
    }

    private static String function(String method, String path) {
        return TEMPLATE.route(method, path).orElseThrow().route().function();
    }
}
