package io.orderdesk.ui.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Collects what JavaFX's CSS engine warns about while it is open: a token no stylesheet defines, a value of the wrong
 * type. JavaFX only logs these and paints on without the style, so a test has to listen for them.
 */
public final class CssWarnings implements AutoCloseable {

    private final Logger logger = Logger.getLogger("javafx.css");
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                seen.add(formatter.formatMessage(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CssWarnings() {
        logger.addHandler(handler);
    }

    /** Starts listening. */
    public static CssWarnings watch() {
        return new CssWarnings();
    }

    /** The warnings so far, each as JavaFX worded it. */
    public List<String> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
