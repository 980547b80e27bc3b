package io.orderdesk.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the tests of a subclass once per {@link TestDatabase}, each test on a fresh, empty store. */
@ParameterizedClass(name = "{0}")
@MethodSource("io.orderdesk.store.TestDatabase#available")
abstract class OnEachDatabase {

    @Parameter
    TestDatabase database;

    @TempDir
    Path dir;

    TestDatabase.Fresh db;
    Store store;

    @BeforeEach
    void openStore() {
        db = database.fresh(dir);
        store = db.open();
    }

    @AfterEach
    void closeStore() throws Exception {
        store.close();
        db.close();
    }
}
