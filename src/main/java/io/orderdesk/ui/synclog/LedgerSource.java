package io.orderdesk.ui.synclog;

import io.orderdesk.store.LedgerEntry;
import java.util.List;

/** Where the sync log reads from: {@code store.ledger()::recent} in the app, a list in tests. May block. */
@FunctionalInterface
public interface LedgerSource {

    /** The latest entries, newest first. */
    List<LedgerEntry> recent(int limit);
}
