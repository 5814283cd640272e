package org.readoutbriefings.memo;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends openhtmltopdf's log (java.util.logging on stderr by default) to the application's log, keeping
 * only warnings and errors: a missing style sheet or an unknown CSS property is worth knowing, timings
 * of every memo are not.
 */
final class RendererLog implements XRLogger {

    private static final Logger log = LoggerFactory.getLogger("org.readoutbriefings.memo.renderer");

    static void install() {
        XRLog.setLoggerImpl(new RendererLog());
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            log.error("{}: {}", where, msg, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            log.warn("{}: {}", where, msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
}
