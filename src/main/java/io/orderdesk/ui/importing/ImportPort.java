package io.orderdesk.ui.importing;

import io.orderdesk.transfer.OrderLookup;
import io.orderdesk.ui.actions.DraftLine;
import java.util.List;

/**
 * What the import screen needs of the app: the stored orders to check rows against ({@link OrderLookup}, e.g.
 * {@code orderIndex::summaries}) and a way to queue the confirmed dispatches. Both are called off the FX thread.
 */
public interface ImportPort extends OrderLookup {

    /** Queues 발송 처리 for these lines (method DELIVERY, carrier, number, dispatch date now); already validated. */
    void submitDispatch(List<DraftLine> lines);
}
