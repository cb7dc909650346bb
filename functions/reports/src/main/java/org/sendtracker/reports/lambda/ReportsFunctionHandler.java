package org.sendtracker.reports.lambda;

import io.micronaut.context.ApplicationContext;
import org.sendtracker.http.lambda.HttpFunctionHandler;

/**
 * The reports function's Lambda entry point (docs/progress-report.md): the HTTP function's
 * application, with its sign-in, access rules and pages, plus the progress report's pages and PDFs,
 * which need PDFBox, Batik and JFreeChart (about 11 MB the HTTP function's jar has no room for).
 * API Gateway routes only the report's addresses here, and its role may only read the table.
 */
public class ReportsFunctionHandler extends HttpFunctionHandler {

    public ReportsFunctionHandler() {
        super();
    }

    public ReportsFunctionHandler(ApplicationContext context) {
        super(context);
    }
}
