package io.orderdesk.ui.alerts;

import java.util.function.Consumer;

/** Reports what each finished sync brought; the app adapts the sync service to it. */
@FunctionalInterface
public interface AlertFeed {

    /** Calls {@code listener} on the FX thread after each sync, also when it brought nothing. */
    void subscribe(Consumer<Arrivals> listener);
}
