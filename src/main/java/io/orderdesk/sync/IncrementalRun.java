package io.orderdesk.sync;

import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.error.NpayApiException;
import io.orderdesk.api.dto.LastChangeStatus;
import io.orderdesk.store.Cursor;
import io.orderdesk.store.Store;
import io.orderdesk.store.StoredProductOrder;
import io.orderdesk.store.SyncLedger;
import io.orderdesk.store.UpsertResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One pass over the change feed from the cursor up to now, as a pipeline: a reader thread fetches feed pages, two
 * loader threads fetch their details, and the caller's thread stores each page with its cursor in one transaction,
 * strictly in feed order. Both endpoints stay busy at once, and a stop at any instant loses and repeats nothing.
 */
final class IncrementalRun {

    /** Detail queries in flight at once: enough to keep the endpoint at its rate while pages are being stored. */
    private static final int LOADERS = 2;

    private final NpayOrderClient client;
    private final Store store;
    private final DetailLoader loader;
    private final PageWriter writer;
    private final SyncSteps steps;
    private final SyncTally tally;

    IncrementalRun(NpayOrderClient client, Store store, PageWriter writer, SyncSteps steps, SyncTally tally) {
        this.client = client;
        this.store = store;
        this.loader = new DetailLoader(client);
        this.writer = writer;
        this.steps = steps;
        this.tally = tally;
    }

    void run(String kind, List<ChangeWindow> windows, SyncListener listener, CancelSignal cancel) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
        Thread reader = new Thread(new FeedReader(client, windows, queue), "od-sync-feed");
        reader.setDaemon(true);
        reader.start();
        ExecutorService loaders = Executors.newFixedThreadPool(LOADERS, runnable -> {
            Thread thread = new Thread(runnable, "od-sync-details");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<LoadedPage>> inFlight = new ArrayDeque<>();
        WindowLedger ledger = new WindowLedger(store.ledger(), kind, windows);
        try {
            listener.onProgress(new SyncProgress(0, windows.size(), 0));
            boolean feedDone = false;
            while (!feedDone || !inFlight.isEmpty()) {
                if (!feedDone && inFlight.size() < LOADERS + 1) {
                    Object next = take(queue);
                    if (next instanceof FeedReader.End end) {
                        if (end.failure() != null) {
                            drain(inFlight, ledger, windows.size(), listener, cancel);
                            throw end.failure();
                        }
                        feedDone = true;
                    } else {
                        FeedPage page = (FeedPage) next;
                        inFlight.add(loaders.submit(() -> load(page)));
                    }
                    continue;
                }
                store(await(inFlight.poll()), ledger, windows.size(), listener, cancel);
            }
        } catch (CancelSignal.SyncCancelledException e) {
            ledger.finish(SyncLedger.CANCELLED, "취소됨");
            throw e;
        } catch (RuntimeException e) {
            if (e instanceof NpayApiException api && api.traceId() != null) {
                ledger.traces(List.of(api.traceId()));
            }
            ledger.finish(SyncLedger.FAILED, String.valueOf(e.getMessage()));
            throw e;
        } finally {
            reader.interrupt();
            inFlight.forEach(future -> future.cancel(true));
            loaders.shutdownNow();
        }
    }

    /** Stores the pages already loading before a reader failure is reported, so their work is not lost. */
    private void drain(Deque<Future<LoadedPage>> inFlight, WindowLedger ledger, int windowCount,
                       SyncListener listener, CancelSignal cancel) {
        while (!inFlight.isEmpty()) {
            store(await(inFlight.poll()), ledger, windowCount, listener, cancel);
        }
    }

    /** A feed page with its details fetched, ready to be stored. */
    private record LoadedPage(FeedPage page, DetailLoader.Loaded details) {
    }

    /** Runs on a loader thread: which details are needed, and fetching them. */
    private LoadedPage load(FeedPage page) {
        steps.reached(SyncSteps.Step.FEED_READ);
        Map<String, LastChangeStatus> changes = new HashMap<>();
        page.changes().forEach(change -> changes.put(change.productOrderId(), change));
        List<String> ids = ChangeFilter.needingDetails(page.changes(), store.productOrders());
        DetailLoader.Loaded loaded = loader.load(ids, changes);
        steps.reached(SyncSteps.Step.DETAILS_READ);
        return new LoadedPage(page, loaded);
    }

    /** Runs on the caller's thread, page after page in feed order: the page, its cursor and the ledger. */
    private void store(LoadedPage loadedPage, WindowLedger ledger, int windowCount, SyncListener listener,
                       CancelSignal cancel) {
        cancel.throwIfCancelled();
        FeedPage page = loadedPage.page();
        DetailLoader.Loaded loaded = loadedPage.details();
        ledger.page(page);
        ledger.traces(loaded.traceIds());
        Set<String> skipped = new LinkedHashSet<>(loaded.skippedIds());
        skipped.addAll(page.skippedIds());
        Cursor cursor = page.more() != null
                ? new Cursor(page.more().moreFrom(), page.more().moreSequence())
                : new Cursor(page.window().to(), null);
        UpsertResult result = writer.write(loaded.rows(), skipped, cursor, "unreadable detail");
        steps.reached(SyncSteps.Step.AFTER_COMMIT);

        tally.pages++;
        tally.fetched += loaded.rows().size();
        tally.skipped += skipped.size();
        tally.record(result, loaded.rows());
        if (page.lastOfWindow()) {
            ledger.finish(SyncLedger.OK, null);
            tally.windows++;
        }
        listener.onProgress(new SyncProgress(tally.windows, windowCount, tally.fetched));
    }

    private static LoadedPage await(Future<LoadedPage> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelSignal.SyncCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelSignal.SyncCancelledException();
        }
    }

    /** The ledger row of the window being stored. */
    private final class WindowLedger {
        private final SyncLedger ledger;
        private final String kind;
        private Long id;
        private int pages;
        private int rows;
        private final List<String> traceIds = new ArrayList<>();

        private final List<ChangeWindow> windows;

        WindowLedger(SyncLedger ledger, String kind, List<ChangeWindow> windows) {
            this.ledger = ledger;
            this.kind = kind;
            this.windows = windows;
        }

        void page(FeedPage page) {
            if (id == null) {
                id = ledger.start(kind, page.window().from(), page.window().to());
                pages = 0;
                rows = 0;
                traceIds.clear();
            }
            pages++;
            rows += page.changes().size();
            traceIds.add(page.traceId());
        }

        void traces(List<String> more) {
            more.stream().filter(Objects::nonNull).forEach(traceIds::add);
        }

        void finish(String outcome, String message) {
            if (id == null) {
                if (SyncLedger.OK.equals(outcome) || tally.windows >= windows.size()) {
                    return;
                }
                // The run stopped before any page of this window arrived: record the attempt all the same.
                ChangeWindow window = windows.get(tally.windows);
                id = ledger.start(kind, window.from(), window.to());
            }
            ledger.finish(id, pages, rows, List.copyOf(traceIds), outcome, message);
            id = null;
        }
    }
}
