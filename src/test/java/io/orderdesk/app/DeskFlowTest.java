package io.orderdesk.app;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A flow on the real app: one practice shop ({@link DeskFixture}) per test class, opened by the subclass's
 * {@code @BeforeAll}, and a fresh main window over it for each test.
 */
@ExtendWith(ApplicationExtension.class)
abstract class DeskFlowTest {

    protected static DeskFixture desk;

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
        FxToolkit.setupStage(desk::show);
    }
}
