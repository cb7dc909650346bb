package org.sendtracker.reports.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns a report's XHTML (the same markup as its page, with the print stylesheet inlined) into a
 * PDF with openhtmltopdf: text as text (a reader can search and copy it), the charts' SVG as
 * vectors. The document loads nothing from anywhere: no base URL, so a link or image in it is never
 * fetched. Its log goes where ours does, its progress notes below INFO ({@link PdfRendererLog}).
 *
 * <p>Its text is set in DejaVu Sans, bundled in the jar ({@code fonts/}, with its licence) and
 * embedded in each PDF as the subset it uses: the standard 14 fonts PDFBox has without a file cover
 * Windows-1252 only, so a name with Ł, ř or ŵ (Polish, Czech, Welsh) or a ✓ came out as "#".
 * report.css names it first for the PDF; what DejaVu lacks (Chinese, emoji) still cannot be drawn.
 */
public final class PdfDocuments {

    /** The family report.css names for the PDF. */
    public static final String FAMILY = "DejaVu Sans";

    private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

    static {
        XRLog.setLoggerImpl(new PdfRendererLog());
    }

    private PdfDocuments() {}

    public static byte[] render(String xhtml, String title) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(
                    () -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(
                    () -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.useUriResolver((base, uri) -> null);
            builder.withProducer("SEND inspection tracker");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the PDF of " + title, e);
        }
        return pdf.toByteArray();
    }

    private static byte[] font(String resource) {
        try (InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
