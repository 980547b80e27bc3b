package io.orderdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SyncCursorTest extends OnEachDatabase {

    @Test
    void anUnwrittenCursorIsEmpty() {
        assertThat(store.cursors().get("changes")).isEmpty();
    }

    @Test
    void keepsTheLatestValuePerName() {
        OffsetDateTime start = OffsetDateTime.parse("2024-03-04T20:15:07.904+09:00");
        store.cursors().put("changes", new Cursor(start, "0000123"));
        store.cursors().put("changes", new Cursor(start.plusHours(24), null));
        store.cursors().put("sweep", new Cursor(start, "x"));

        Cursor changes = store.cursors().get("changes").orElseThrow();

        assertThat(changes.from().toInstant()).isEqualTo((start.plusHours(24)).toInstant());
        assertThat(changes.from().getOffset().getTotalSeconds()).isZero();
        assertThat(changes.moreSequence()).isNull();
        assertThat(store.cursors().get("sweep").orElseThrow().moreSequence()).isEqualTo("x");
    }
}
