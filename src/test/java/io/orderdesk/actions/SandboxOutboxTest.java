package io.orderdesk.actions;

import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.store.Store;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * One sandbox per test class; per test a fresh H2 file store and an action service on it, not started, so a test
 * can shape the sandbox between submitting and sending.
 */
abstract class SandboxOutboxTest {

    static OutboxSandbox fx;
    private static Optional<NpayOrderClient> live;

    @TempDir
    Path dir;
    Store store;
    ActionService service;

    @BeforeAll
    static void startSandbox() {
        fx = OutboxSandbox.start(11);
        live = fx.current.get();
    }

    @AfterAll
    static void stopSandbox() {
        fx.close();
    }

    @BeforeEach
    void openStore() {
        fx.sandbox.faults().clear();
        fx.current.set(live);
        store = Store.openLocal(dir.resolve("data"));
        service = fx.service(store);
    }

    @AfterEach
    void closeStore() {
        service.close();
        store.close();
    }
}
