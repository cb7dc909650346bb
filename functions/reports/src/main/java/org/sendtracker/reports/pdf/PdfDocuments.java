package org.sendtracker.reports.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns a report's XHTML (the same markup as its page, with the print stylesheet inlined) into a
 * PDF with openhtmltopdf: text as text (a reader can search and copy it), the charts' SVG as
 * vectors. The document loads nothing from anywhere: no base URL, so a link or image in it is never
 * fetched. Its log goes where ours does, its progress notes below INFO ({@link PdfRendererLog}).
 */
public final class PdfDocuments {

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
}
