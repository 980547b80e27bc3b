package io.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.ui.support.CssWarnings;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A flow on the real app: one practice shop ({@link DeskFixture}) per test class, opened by the subclass's
 * {@code @BeforeAll}, and a fresh main window over it for each test. Each test also fails when a screen it opened
 * had a style JavaFX could not resolve (JavaFX only logs those and paints the screen without them).
 */
@ExtendWith(ApplicationExtension.class)
abstract class DeskFlowTest {

    protected static DeskFixture desk;

    private CssWarnings css;

    @AfterAll
    static void closeTheShop() {
        if (desk != null) {
            desk.close();
            desk = null;
        }
    }

    /** On the stage TestFX registered (its {@code @Start} is looked for on the test class only, not inherited). */
    @BeforeEach
    void showTheWindow() throws TimeoutException {
        css = CssWarnings.watch();
        FxToolkit.setupStage(desk::show);
    }

    @AfterEach
    void everyStyleResolved() {
        css.close();
        assertThat(css.seen()).as("styles the screens of this test could not resolve").isEmpty();
    }
}
