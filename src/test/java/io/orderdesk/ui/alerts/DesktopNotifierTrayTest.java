package io.orderdesk.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop notice for real: on an X display with a system tray (Xvfb with a tray panel, which {@code .ci/run}
 * starts and names in {@code ORDERDESK_TEST_TRAY_DISPLAY}), {@link DesktopNotifier} puts the app's icon in the tray
 * and shows the notice with its title and text, and closing removes the icon. Runs in a child JVM because the test
 * JVM is headless.
 */
@EnabledIfEnvironmentVariable(named = "ORDERDESK_TEST_TRAY_DISPLAY", matches = ".+")
class DesktopNotifierTrayTest {

    @TempDir
    Path dir;

    @Test
    void theNoticeShowsFromTheTrayIconAndClosingRemovesIt() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = dir.resolve("child.log");
        ProcessBuilder child = new ProcessBuilder(java, "-Djava.awt.headless=false", "-Dfile.encoding=UTF-8",
                "-cp", classPath, TrayNoticeChild.class.getName(), "새 주문", "새 주문 3건, 새 클레임 1건");
        child.environment().put("DISPLAY", System.getenv("ORDERDESK_TEST_TRAY_DISPLAY"));
        child.redirectErrorStream(true).redirectOutput(output.toFile());

        Process process = child.start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child finished").isTrue();
        String log = Files.readString(output);
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).contains("tray icons: 1", "tray icons after close: 0")
                .containsPattern("shown texts: \\[.*새 주문.*새 주문 3건, 새 클레임 1건.*\\]");
    }
}
