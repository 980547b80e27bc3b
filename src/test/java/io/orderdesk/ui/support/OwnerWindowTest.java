package io.orderdesk.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The stage a screen under test opens over: a small stand-in for the main window with the app's theme, a real FX
 * executor for the screen's background work, and the screen's window closed after each test. A test fails when its
 * screen had a style JavaFX could not resolve.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class OwnerWindowTest {

    protected static FxUiExecutor executor;

    protected final ResourceBundle korean = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN);
    protected Stage owner;
    /** The window the test opened; closed after it. */
    protected Stage window;
    private CssWarnings css;

    @BeforeAll
    static void startExecutor() {
        executor = new FxUiExecutor(2);
    }

    @AfterAll
    static void stopExecutor() {
        executor.close();
    }

    /** On the stage TestFX registered (its {@code @Start} is looked for on the test class only, not inherited). */
    @BeforeEach
    void showOwner() throws TimeoutException {
        css = CssWarnings.watch();
        FxToolkit.setupStage(stage -> {
            Theme.install();
            owner = stage;
            stage.setScene(new Scene(new StackPane(new Label("Order Desk")), 400, 300));
            stage.show();
        });
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        if (window != null) {
            robot.interact(window::close);
        }
        css.close();
        assertThat(css.seen()).as("styles the screen could not resolve").isEmpty();
    }
}
