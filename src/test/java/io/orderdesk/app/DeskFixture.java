package io.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.api.http.RetryPolicy;
import io.orderdesk.api.http.Sleeper;
import io.orderdesk.sandbox.ApiRequest;
import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.Endpoint;
import io.orderdesk.sandbox.SandboxAdmin;
import io.orderdesk.sandbox.SandboxApi;
import io.orderdesk.sandbox.SandboxClock;
import io.orderdesk.sandbox.server.CallRecord;
import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.sandbox.server.SandboxOptions;
import io.orderdesk.store.DataFolder;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.sync.SyncReport;
import io.orderdesk.sync.SyncService;
import io.orderdesk.ui.support.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The real app in demo mode for one test class: an {@link AppContext} over the in-process sandbox on a frozen clock
 * (not live, so nothing moves unless a test moves it), a real H2 store and the real outbox. Each test gets a fresh
 * main window wired as {@link AppSession} wires it. The world is shaped through the sandbox's admin side before the
 * first sync, or behind the app's back afterwards (as another PC of the shop would).
 */
final class DeskFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
    /** The one catalog product that is not shipped (a class ticket); parcel dispatch of it is refused. */
    private static final String NOT_SHIPPED = "NOTHING";

    private final AppContext context;
    private final Sandbox sandbox;
    private volatile AppScreens screens;
    private MainWindow window;

    private DeskFixture(AppContext context) {
        this.context = context;
        this.sandbox = context.sandbox().orElseThrow();
        // Installed once for the context (as the session does once per window), following the current window.
        new HeldBackNotices(context.actions(), context.executor(), () -> screens == null || screens.dialogOpen(),
                lines -> screens.showHeldBack(lines)).install();
    }

    /** A small demo world: 150 orders over 7 days. */
    static DeskFixture open(long seed) throws IOException {
        Path home = Files.createTempDirectory("order-desk-flows");
        return new DeskFixture(AppContext.open(new AppContext.Config(
                Map.of(DataFolder.HOME_VARIABLE, home.toString()), home,
                SandboxOptions.defaults().withWorld(seed, 150, 7).withRate(1000).withClock(SandboxClock.fixed(NOW)),
                config -> config.withInitialRate(1000)
                        .withRetry(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2)), Sleeper.system()),
                false)));
    }

    /** A fresh main window on {@code stage}, with the action dialogs, action log and reviews. Call in {@code @Start}. */
    void show(Stage stage) {
        AppScreens opened = new AppScreens(context, stage);
        window = MainWindow.create(context, opened, opened);
        opened.attach(window);
        screens = opened;
        Theme.install();
        // Monocle's headless screen is 1280 x 800; a larger window overflows its frame buffer.
        stage.setScene(Theme.styled(new Scene(window.root(), 1260, 780)));
        stage.show();
        window.viewModel().start();
    }

    /**
     * A new order brought to {@code state} (e.g. PAYED, CONFIRMED, DELIVERED) with {@code lines} lines of
     * {@code quantity} units (0: as the sandbox rolls), bought by {@code buyer} (null: a generated name). With
     * {@code parcel} only an order whose every line ships by parcel is kept (others are made and left aside).
     *
     * @return the order with its product order ids
     */
    @SuppressWarnings("unchecked")
    DemoOrder order(String state, int lines, int quantity, String buyer, boolean parcel) {
        Map<String, Object> spec = new HashMap<>(Map.of("state", state, "lines", lines));
        if (quantity > 0) {
            spec.put("quantity", quantity);
        }
        if (buyer != null) {
            spec.put("buyerName", buyer);
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            Map<String, Object> created = (Map<String, Object>) ok(admin().createOrder(spec));
            List<String> ids = (List<String>) created.get("productOrderIds");
            if (!parcel || ids.stream().noneMatch(id -> NOT_SHIPPED.equals(productOrder(id)
                    .get("expectedDeliveryMethod")))) {
                return new DemoOrder((String) created.get("orderId"), List.copyOf(ids));
            }
        }
        throw new AssertionError("no parcel order in 20 attempts");
    }

    /** A buyer, courier or Naver event on one line, e.g. CANCEL_REQUEST; {@code reason} may be null. */
    void event(String productOrderId, String event, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("productOrderId", productOrderId, "event", event));
        if (reason != null) {
            body.put("reason", reason);
        }
        ok(admin().event(body));
    }

    /** A write made behind the app's back, as staff would in the Npay center; it does not reach the call log. */
    void elsewhere(Endpoint endpoint, String productOrderId, Map<String, Object> body) {
        Map<String, String> path = endpoint.pathTemplate().contains("{productOrderId}")
                ? Map.of("productOrderId", productOrderId) : Map.of();
        Map<?, ?> answer = (Map<?, ?>) ok(((SandboxApi) admin()).call(endpoint,
                new ApiRequest(path, Map.of(), body)));
        assertThat((List<?>) answer.get("failProductOrderInfos")).as(endpoint + " elsewhere").isEmpty();
    }

    /** The line as the sandbox holds it: state codes at the top, {@code detail.productOrder} within. */
    @SuppressWarnings("unchecked")
    Map<String, Object> held(String productOrderId) {
        return (Map<String, Object>) ok(admin().productOrder(productOrderId));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> productOrder(String productOrderId) {
        return (Map<String, Object>) ((Map<String, Object>) held(productOrderId).get("detail")).get("productOrder");
    }

    /** Moves the sandbox's (and so the app's) clock on a minute, then syncs the store and waits for it. */
    void sync() throws Exception {
        sandbox.clock().advance(Duration.ofMinutes(1));
        CompletableFuture<SyncReport> finished = new CompletableFuture<>();
        context.syncPort().addListener(new SyncService.Listener() {
            @Override
            public void onFinished(SyncReport report) {
                finished.complete(report);
            }
        });
        context.syncPort().refresh();
        finished.get(120, TimeUnit.SECONDS);
        assertThat(context.syncPort().status().lastError()).isNull();
    }

    /** The line as the app's store has it now. */
    OrderSummary stored(String productOrderId) {
        return context.store().productOrders().find(productOrderId).orElseThrow().summary();
    }

    /** Every call of {@code endpoint} the sandbox received. */
    List<CallRecord> calls(Endpoint endpoint) {
        return sandbox.calls().calls().stream().filter(call -> endpoint.name().equals(call.endpoint())).toList();
    }

    /** The calls of {@code endpoint} the sandbox received that named {@code productOrderId}. */
    List<CallRecord> calls(Endpoint endpoint, String productOrderId) {
        return sandbox.calls().calls().stream().filter(call -> endpoint.name().equals(call.endpoint())
                && call.productOrderIds().contains(productOrderId)).toList();
    }

    private static Object ok(ApiResult result) {
        assertThat(result.isOk()).as(result.code() + " " + result.message()).isTrue();
        return result.data();
    }

    /** An order made for a test: its number and its product order numbers. */
    record DemoOrder(String id, List<String> lines) {

        String line(int index) {
            return lines.get(index);
        }
    }

    SandboxAdmin admin() {
        return sandbox.admin();
    }

    AppContext context() {
        return context;
    }

    MainWindow window() {
        return window;
    }

    @Override
    public void close() {
        context.close();
    }

    /** The screens behind the current window (set by {@link #show}). */
    AppScreens screens() {
        return screens;
    }
}
