package io.orderdesk.ui.synclog;

/** Puts text on the clipboard; the view supplies the system clipboard, tests a list. */
@FunctionalInterface
public interface ClipboardSink {

    ClipboardSink NONE = text -> { };

    void put(String text);
}
