package io.orderdesk.ui.alerts;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.net.URL;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desktop notifications through the AWT system tray where the platform has one (nothing elsewhere), and the bundled
 * chime, falling back to the system beep when no audio line is free. Never throws: an alert must not break the app.
 */
public final class DesktopNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopNotifier.class);
    private static final String SOUND = "/io/orderdesk/ui/alerts/alert.wav";
    private static final String ICON = "/io/orderdesk/ui/icon-32.png";

    private final String tooltip;
    private TrayIcon trayIcon;
    private boolean trayTried;

    /** @param tooltip the tray icon's tooltip, e.g. the app name */
    public DesktopNotifier(String tooltip) {
        this.tooltip = tooltip;
    }

    @Override
    public synchronized void desktop(String title, String message) {
        TrayIcon icon = trayIcon();
        if (icon != null) {
            icon.displayMessage(title, message, TrayIcon.MessageType.INFO);
        }
    }

    @Override
    public void sound() {
        try (InputStream raw = DesktopNotifier.class.getResourceAsStream(SOUND)) {
            if (raw == null) {
                beep();
                return;
            }
            AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(raw));
            Clip clip = AudioSystem.getClip();
            clip.addLineListener(event -> {
                if (event.getType() == LineEvent.Type.STOP) {
                    clip.close();
                }
            });
            clip.open(audio);
            clip.start();
        } catch (Exception | LinkageError e) {
            LOG.debug("Cannot play the alert sound, beeping instead: {}", e.toString());
            beep();
        }
    }

    /** Removes the tray icon, e.g. when the app quits. */
    public synchronized void close() {
        if (trayIcon != null) {
            SystemTray.getSystemTray().remove(trayIcon);
            trayIcon = null;
        }
    }

    private TrayIcon trayIcon() {
        if (trayTried) {
            return trayIcon;
        }
        trayTried = true;
        try {
            if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
                return null;
            }
            URL url = DesktopNotifier.class.getResource(ICON);
            Image image = url == null ? null : Toolkit.getDefaultToolkit().getImage(url);
            TrayIcon icon = new TrayIcon(image, tooltip);
            icon.setImageAutoSize(true);
            SystemTray.getSystemTray().add(icon);
            trayIcon = icon;
        } catch (AWTException | RuntimeException | LinkageError e) {
            LOG.info("No desktop notifications on this system: {}", e.toString());
        }
        return trayIcon;
    }

    private static void beep() {
        try {
            if (!GraphicsEnvironment.isHeadless()) {
                Toolkit.getDefaultToolkit().beep();
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("No beep either: {}", e.toString());
        }
    }
}
