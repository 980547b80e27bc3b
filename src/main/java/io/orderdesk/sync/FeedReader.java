package io.orderdesk.sync;

import io.orderdesk.api.LastChangedQuery;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.NpayResponse;
import io.orderdesk.api.dto.LastChangeStatus;
import io.orderdesk.api.dto.LastChangedStatuses;
import io.orderdesk.api.dto.More;
import io.orderdesk.api.json.RejectedItem;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;

/**
 * Reads the change feed window after window, page after page, and hands each page over through a small queue, so
 * the next page is on its way while the previous one's details are fetched and stored.
 */
final class FeedReader implements Runnable {

    /** Put on the queue after the last page, or with the failure that stopped the reader. */
    record End(RuntimeException failure) {
    }

    private final NpayOrderClient client;
    private final List<ChangeWindow> windows;
    private final BlockingQueue<Object> pages;

    FeedReader(NpayOrderClient client, List<ChangeWindow> windows, BlockingQueue<Object> pages) {
        this.client = client;
        this.windows = windows;
        this.pages = pages;
    }

    @Override
    public void run() {
        try {
            for (int index = 0; index < windows.size(); index++) {
                readWindow(index, windows.get(index));
            }
            pages.put(new End(null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                pages.put(new End(e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void readWindow(int index, ChangeWindow window) throws InterruptedException {
        LastChangedQuery query = new LastChangedQuery(window.from(), window.to(), null, window.moreSequence(), 300);
        while (true) {
            NpayResponse<LastChangedStatuses> response = client.lastChangedStatuses(query);
            LastChangedStatuses data = response.data();
            List<String> skipped = data.lastChangeStatuses() == null ? List.of()
                    : data.lastChangeStatuses().rejected().stream().map(RejectedItem::productOrderId)
                            .filter(Objects::nonNull).toList();
            List<LastChangeStatus> changes = data.lastChangeStatuses() == null ? List.of()
                    : data.lastChangeStatuses().items();
            More more = data.more() != null && data.more().moreFrom() != null ? data.more() : null;
            pages.put(new FeedPage(window, index, changes, skipped, more, response.traceId()));
            if (more == null) {
                return;
            }
            query = query.next(more.moreFrom(), more.moreSequence());
        }
    }
}
