package io.orderdesk.ui.alerts;

import java.util.ArrayList;
import java.util.List;

/** Records desktop notifications and sounds. */
final class FakeNotifier implements Notifier {

    final List<String> desktop = new ArrayList<>();
    int sounds;

    @Override
    public void desktop(String title, String message) {
        desktop.add(title + ": " + message);
    }

    @Override
    public void sound() {
        sounds++;
    }
}
