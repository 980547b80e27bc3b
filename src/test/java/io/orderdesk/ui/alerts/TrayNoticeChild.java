package io.orderdesk.ui.alerts;

import java.awt.Component;
import java.awt.Container;
import java.awt.Label;
import java.awt.SystemTray;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: run by {@link DesktopNotifierTrayTest} in a JVM of its own with a real X display (tests otherwise run
 * headless). Sends one notice through {@link DesktopNotifier}, waits for the notice window, and prints what the
 * desktop shows: the tray icons and the visible texts of every shown window.
 */
public final class TrayNoticeChild {

    private TrayNoticeChild() {
    }

    public static void main(String[] args) throws Exception {
        DesktopNotifier notifier = new DesktopNotifier("Order Desk");
        notifier.desktop(args[0], args[1]);
        List<String> texts = new ArrayList<>();
        for (int wait = 0; wait < 50 && texts.isEmpty(); wait++) {
            Thread.sleep(100);
            texts.clear();
            for (Window window : Window.getWindows()) {
                if (window.isVisible()) {
                    collect(window, texts);
                }
            }
        }
        System.out.println("tray icons: " + SystemTray.getSystemTray().getTrayIcons().length);
        System.out.println("shown texts: " + texts);
        notifier.close();
        System.out.println("tray icons after close: " + SystemTray.getSystemTray().getTrayIcons().length);
        System.exit(0);
    }

    private static void collect(Component component, List<String> texts) {
        if (component instanceof Label label && label.getText() != null && !label.getText().isBlank()) {
            texts.add(label.getText());
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, texts);
            }
        }
    }
}
