package io.orderdesk.app;

import io.orderdesk.domain.OrderTab;
import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.sandbox.server.SandboxOptions;
import io.orderdesk.store.DataFolder;
import io.orderdesk.ui.main.ScreenOpener;
import io.orderdesk.ui.orders.OrderRow;
import io.orderdesk.ui.support.Theme;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Not a test: the main window's figures with 100,000 cached product orders, printed. It opens the app context on a
 * store filled by {@code io.orderdesk.store.StoreBenchmark} (run first when the folder has no database) in live
 * mode against a local sandbox, then measures launch to first rows painted, tab switches and searches until their
 * rows are painted, the longest FX-thread stall while a back-fill sync runs, and the heap.
 *
 * <p>Run headless: {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
 * -cp target/test-classes:target/classes:$(cat target/cp.txt) io.orderdesk.app.MainWindowBenchmark [folder]}
 */
public final class MainWindowBenchmark {

    private static final String[] SEARCHES = {"ㄱㅁ", "ㅎㄱㄷ", "민서", "김", "5678", "1234", "20230101500", "6012",
        "가디건", "울 셔츠", "니트", "캐시미어 코트", "ㅇㅈ", "박", "0700", "베이직"};

    private final Path folder;
    private AppContext context;
    private MainWindow window;
    private Stage placeholder;
    /** The list a new window shows until its first search has answered. */
    private Object emptyList;

    private MainWindowBenchmark(Path folder) {
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        Path pristine = args.length > 0 ? Path.of(args[0]) : Path.of("target/bench-100k");
        if (!Files.exists(pristine.resolve("orderdesk.mv.db"))) {
            System.out.println("Filling " + pristine + " with 100,000 product orders (StoreBenchmark) ...");
            io.orderdesk.store.StoreBenchmark.main(new String[] {pristine.toString()});
        }
        // Every run starts from the same 100,000 lines and no sync cursor, so the sync below is a back-fill.
        Path folder = pristine.resolveSibling(pristine.getFileName() + "-run");
        copy(pristine, folder);
        int status = 1;
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(7, 4000, 7).withRate(20))) {
            new MainWindowBenchmark(folder).run(sandbox);
            status = 0;
        } finally {
            // The toolkit and H2's server thread would keep the JVM (and the database) alive otherwise.
            System.exit(status);
        }
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        if (Files.exists(to)) {
            try (var old = Files.list(to)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
                // On disk before the launch, so the kernel writing the copy back does not slow the launch down.
                try (FileChannel channel = FileChannel.open(to.resolve(file.getFileName()),
                        StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
        }
    }

    private void run(Sandbox sandbox) throws Exception {
        long launched = System.nanoTime();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        // As the app does: the placeholder window is built on the FX thread while the store opens.
        Platform.runLater(() -> {
            Theme.install();
            placeholder = new Stage();
            placeholder.setScene(new Scene(MainWindow.placeholder(ResourceBundle.getBundle(OrderDeskApp.BUNDLE,
                    Locale.KOREAN)).root(), 1260, 780));
            placeholder.show();
        });
        Map<String, String> env = Map.of(DataFolder.HOME_VARIABLE, folder.toString(),
                "ORDERDESK_BASE_URL", sandbox.baseUrl(), "ORDERDESK_CLIENT_ID", sandbox.clientId(),
                "ORDERDESK_CLIENT_SECRET", sandbox.clientSecret(), "ORDERDESK_MERCHANT_ID", sandbox.merchantId());
        context = AppContext.open(new AppContext.Config(env, folder, SandboxOptions.defaults(),
                UnaryOperator.identity(), false));
        long opened = System.nanoTime();
        onFx(this::show);
        long shown = System.nanoTime();
        // First rows: the first search has answered (the list is no longer the empty one a new window starts with)
        // and row 0 shows its line.
        waitUntil(() -> window.viewModel().orders().rowsProperty().get() != emptyList
                && !window.viewModel().orders().loadingProperty().get() && painted(0));
        long painted = System.nanoTime();
        System.out.printf("launch to first rows painted: %.2f s from toolkit start, %,d lines cached (target <= 2 s)%n"
                        + "  of which: context open (store, read-ahead started; the placeholder is built meanwhile) %.2f s,"
                        + " window built %.0f ms, first page painted %.0f ms; JVM up %.2f s%n", (painted - launched) / 1e9, context.store().index().size(),
                (opened - launched) / 1e9, (shown - opened) / 1e6, (painted - shown) / 1e6,
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        System.out.printf("heap after load: %d MB used after GC (target <= 400 MB)%n", heapMb());

        report("tab switch", tabSwitches());
        report("search", searches());
        stallDuringSync();
        System.out.printf("heap at the end: %d MB used after GC%n", heapMb());
        onFx(() -> {
            context.close();
            return null;
        });
    }

    private Void show() {
        window = MainWindow.create(context, new ScreenOpener() {
            @Override
            public void openSettings() {
            }

            @Override
            public void openSyncLog() {
            }
        });
        placeholder.getScene().setRoot(window.root());
        emptyList = window.viewModel().orders().rowsProperty().get();
        window.viewModel().start();
        return null;
    }

    private long[] tabSwitches() throws Exception {
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (OrderTab tab : OrderTab.values()) {
                if (tab != onFx(() -> window.viewModel().orders().tabProperty().get())) {
                    times.add(timed(() -> window.viewModel().orders().tabProperty().set(tab)));
                }
            }
        }
        return tail(times, (OrderTab.values().length - 1) * 3);
    }

    private long[] searches() throws Exception {
        onFx(() -> {
            window.viewModel().orders().tabProperty().set(OrderTab.ALL);
            return null;
        });
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String text : SEARCHES) {
                times.add(timed(() -> window.viewModel().orders().searchTextProperty().set(text)));
                times.add(timed(() -> window.viewModel().orders().searchTextProperty().set("")));
            }
        }
        return tail(times, SEARCHES.length * 4);
    }

    /** Time from the change on the FX thread until the pulse after its first rows are painted (or "none"). */
    private long timed(Runnable change) throws Exception {
        Object before = onFx(() -> window.viewModel().orders().rowsProperty().get());
        long start = onFx(() -> {
            change.run();
            return System.nanoTime();
        });
        waitUntil(() -> window.viewModel().orders().rowsProperty().get() != before
                && !window.viewModel().orders().loadingProperty().get() && painted(0));
        return System.nanoTime() - start;
    }

    private void stallDuringSync() throws Exception {
        AtomicLong longest = new AtomicLong();
        AtomicLong pings = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong(System.nanoTime());
        Thread fxThread = onFx(Thread::currentThread);
        Map<String, Integer> blockers = new java.util.concurrent.ConcurrentHashMap<>();
        ScheduledExecutorService pinger = Executors.newScheduledThreadPool(2);
        pinger.scheduleAtFixedRate(() -> {
            long sent = System.nanoTime();
            Platform.runLater(() -> {
                long now = System.nanoTime();
                pings.incrementAndGet();
                lastAnswer.set(now);
                longest.accumulateAndGet(now - sent, Math::max);
            });
        }, 0, 5, TimeUnit.MILLISECONDS);
        // When the FX thread has not answered for 50 ms, note where it is, to name what stalls it.
        pinger.scheduleAtFixedRate(() -> {
            if (System.nanoTime() - lastAnswer.get() > 50_000_000L) {
                StackTraceElement[] stack = fxThread.getStackTrace();
                String where = Arrays.stream(stack).filter(f -> f.getClassName().startsWith("io.orderdesk"))
                        .findFirst().map(StackTraceElement::toString)
                        .orElse(stack.length == 0 ? "?" : stack[0].toString());
                blockers.merge(where, 1, Integer::sum);
            }
        }, 0, 20, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        onFx(() -> {
            window.viewModel().sync().refreshCommand().execute();
            return null;
        });
        waitUntil(() -> window.viewModel().sync().runningProperty().get());
        waitUntil(() -> !window.viewModel().sync().runningProperty().get());
        waitUntil(() -> !window.viewModel().orders().loadingProperty().get());
        pinger.shutdownNow();
        System.out.printf("back-fill sync with the window open: %.1f s, %s; %,d lines cached now%n",
                (System.nanoTime() - start) / 1e9, onFx(() -> window.viewModel().sync().statusTextProperty().get()),
                context.store().index().size());
        System.out.printf("  longest FX-thread stall: %.1f ms over %,d pings every 5 ms (target <= 100 ms)%n",
                longest.get() / 1e6, pings.get());
        blockers.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .forEach(e -> System.out.printf("    FX thread busy > 50 ms, seen %d x at %s%n", e.getValue(),
                        e.getKey()));
    }

    /** True once a visible row at {@code index} shows its loaded line. */
    @SuppressWarnings("unchecked")
    private boolean painted(int index) {
        TableView<OrderRow> table = window.view().ordersView().table();
        if (table.getItems().isEmpty()) {
            return true;
        }
        return table.lookupAll(".table-row-cell").stream().map(node -> (TableRow<OrderRow>) node)
                .anyMatch(row -> row.getIndex() == index && row.getItem() != null && row.getItem().isLoaded()
                        && row.getItem() == table.getItems().get(index));
    }

    /** Polls once per pulse on the FX thread; returns in the pulse after the condition holds. */
    private static void waitUntil(BooleanSupplier condition) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private boolean seen;

            @Override
            public void handle(long now) {
                if (seen) {
                    stop();
                    done.complete(null);
                } else {
                    seen = condition.getAsBoolean();
                }
            }
        }.start());
        done.get(120, TimeUnit.SECONDS);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** The last measurements, after the first round warmed up the JIT and the index's sort orders. */
    private static long[] tail(List<Long> times, int count) {
        return times.subList(Math.max(0, times.size() - count), times.size()).stream().mapToLong(Long::longValue)
                .toArray();
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s until rows painted x%d: p50 %.1f ms, p95 %.1f ms, max %.1f ms (target p95 <= 150 ms)%n",
                what, sorted.length, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static long heapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }
}
