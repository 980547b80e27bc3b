package io.orderdesk.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class FxUiExecutorTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void resultsComeBackOnTheFxThread() throws Exception {
        try (FxUiExecutor executor = new FxUiExecutor(1)) {
            CountDownLatch done = new CountDownLatch(1);
            AtomicReference<String> seen = new AtomicReference<>();
            executor.submit(() -> "ok", result -> {
                seen.set(result + (javafx.application.Platform.isFxApplicationThread() ? " on fx" : " elsewhere"));
                done.countDown();
            }, failure -> done.countDown());

            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(seen).hasValue("ok on fx");
        }
    }

    @Test
    void workAskedForAfterCloseIsDroppedNotThrown() throws Exception {
        FxUiExecutor executor = new FxUiExecutor(1);
        executor.close();
        AtomicBoolean ran = new AtomicBoolean();
        AtomicBoolean answered = new AtomicBoolean();

        UiExecutor.Cancellable handle = executor.submit(() -> {
            ran.set(true);
            return 1;
        }, result -> answered.set(true), failure -> answered.set(true));
        handle.cancel();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ran).isFalse();
        assertThat(answered).isFalse();
    }
}
