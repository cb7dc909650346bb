package org.sendtracker.reports.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.sendtracker.reports.pdf.PdfDocuments;

/**
 * Renders a {@link ReportPage} with the precompiled {@code progressReport} template: as the page's
 * HTML, or as a PDF from the same markup with the print stylesheet ({@code web/report.css}, the one
 * the page links to) inlined.
 */
@Singleton
public final class ReportRenderer {

    static final String STYLESHEET = "web/report.css";

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final String css = stylesheet();

    public String html(ReportPage page) {
        StringOutput output = new StringOutput();
        templates.render("progressReport.jte", Map.of("page", page), output);
        return output.toString();
    }

    public byte[] pdf(ReportPage page) {
        ReportPage forPdf =
                new ReportPage(
                        page.report(),
                        page.sections(),
                        page.frame(),
                        page.issued(),
                        null,
                        true,
                        css);
        return PdfDocuments.render(html(forPdf), page.report().title());
    }

    private static String stylesheet() {
        try (InputStream in =
                ReportRenderer.class.getClassLoader().getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException(STYLESHEET + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
