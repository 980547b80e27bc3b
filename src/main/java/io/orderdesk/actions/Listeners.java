package io.orderdesk.actions;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The service's listeners; one that throws is logged and the others still hear. */
final class Listeners {

    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private final List<ActionListener> listeners = new CopyOnWriteArrayList<>();

    void add(ActionListener listener) {
        listeners.add(listener);
    }

    void remove(ActionListener listener) {
        listeners.remove(listener);
    }

    void linesChanged(long actionId) {
        for (ActionListener listener : listeners) {
            try {
                listener.linesChanged(actionId);
            } catch (RuntimeException e) {
                LOG.warn("Action listener failed on action {}", actionId, e);
            }
        }
    }

    void statusChanged(SenderStatus status) {
        for (ActionListener listener : listeners) {
            try {
                listener.statusChanged(status);
            } catch (RuntimeException e) {
                LOG.warn("Action listener failed on status {}", status, e);
            }
        }
    }
}
