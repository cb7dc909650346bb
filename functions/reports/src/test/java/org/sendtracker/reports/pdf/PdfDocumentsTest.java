package org.sendtracker.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * openhtmltopdf's log through {@code java.util.logging} ({@link PdfRendererLog}): a render's
 * progress notes below INFO, so they stay off the console, and its warnings at their level;
 * PDFBox's substitute for a standard font the PDF only names is not a warning (docs/performance.md,
 * "Logs").
 */
class PdfDocumentsTest {

    private static final String PAGE =
            """
            <html><head><title>A report</title></head>
            <body><h1>Progress report</h1><p>12 areas of weakness.</p></body></html>
            """;

    /** The parent of every logger openhtmltopdf names ({@code com.openhtmltopdf.load}, …). */
    private final Logger renderer = Logger.getLogger("com.openhtmltopdf");

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    records.add(record);
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
    private Level levelBefore;

    @BeforeEach
    void captureEverythingTheRendererLogs() {
        levelBefore = renderer.getLevel();
        renderer.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        renderer.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        renderer.removeHandler(capture);
        renderer.setLevel(levelBefore);
    }

    @Test
    void render_logsItsProgressNotesBelowInfo() {
        byte[] pdf = PdfDocuments.render(PAGE, "a report");

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(records)
                .filteredOn(record -> record.getMessage().contains("Prepare to fly"))
                .extracting(LogRecord::getLevel)
                .containsExactly(Level.FINE);
        assertThat(records)
                .filteredOn(record -> record.getLevel().intValue() >= Level.INFO.intValue())
                .extracting(LogRecord::getMessage)
                .isEmpty();
    }

    @Test
    void render_keepsTheRenderersWarnings_atWarning() {
        PdfDocuments.render(
                PAGE.replace("</head>", "<style>p { colour: red; }</style></head>"),
                "a report with a misspelt style");

        assertThat(records)
                .filteredOn(record -> record.getLevel().equals(Level.WARNING))
                .extracting(LogRecord::getLoggerName, LogRecord::getMessage)
                .containsExactly(
                        tuple(
                                "com.openhtmltopdf.css-parse",
                                "(null#inline_style_1) colour is an unrecognized CSS property at line 0."
                                        + " Ignoring declaration."));
    }

    @Test
    void render_drawsNamesBeyondWindows1252_inTheBundledFont_embedded() throws Exception {
        String css;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("web/report.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String names = "Łódź, Dvořák, Cwm Ŵŷ, Zoë ✓ – ‘EHC’";
        String page =
                """
                <html><head><title>A report</title><style>%s</style></head>
                <body class="govuk-template__body app-report app-report--pdf"><h1>Progress report</h1><p>%s</p></body></html>
                """
                        .formatted(css, names);

        byte[] pdf = PdfDocuments.render(page, "a report with Welsh and Polish names");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(names);
            List<String> fonts = new ArrayList<>();
            for (COSName name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
            }
            assertThat(fonts)
                    .isNotEmpty()
                    .allMatch(font -> font.contains("DejaVuSans") && font.endsWith(" embedded"));
        }
    }

    @Test
    void render_doesNotWarnOfASubstituteForTheStandardFonts() {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            PdfDocuments.render(PAGE, "a report");
        } finally {
            System.setOut(console);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("fallback font");
    }
}
