package org.sendtracker.reports.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where openhtmltopdf's own log goes: into {@code java.util.logging} under its loggers' names
 * ({@code com.openhtmltopdf.load}, {@code ….match}, …), through the handlers the process has set up
 * (the console locally, Log4j's JSON lines on Lambda, as the domain's records: docs/performance.md,
 * "Logs"). Its default logger gives each of those names a console handler of its own and no parent,
 * so every render printed "Matcher created…" and "Prepare to fly" whatever our configuration said.
 *
 * <p>Its INFO records are progress notes, not news: they arrive at {@code FINE}, shown only where
 * someone turns those loggers up. A {@code WARNING} (a style it could not parse, a resource it
 * would not load) or {@code SEVERE} keeps its level, so it still reaches our logs.
 */
final class PdfRendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
        Logger.getLogger(where).log(ourLevel(level), msg);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger.getLogger(where).log(ourLevel(level), msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are the process's logging configuration to set, not the renderer's.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger(diagnostic.getLogMessageId().getWhere())
                .isLoggable(ourLevel(diagnostic.getLevel()));
    }

    /** INFO and CONFIG become FINE; a warning, an error or a finer note keeps its level. */
    static Level ourLevel(Level theirs) {
        int level = theirs.intValue();
        return level < Level.WARNING.intValue() && level > Level.FINE.intValue()
                ? Level.FINE
                : theirs;
    }
}
