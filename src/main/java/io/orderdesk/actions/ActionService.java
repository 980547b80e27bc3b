package io.orderdesk.actions;

import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.domain.ActionInput;
import io.orderdesk.store.AuditLog;
import io.orderdesk.store.LineBaseline;
import io.orderdesk.store.NewAction;
import io.orderdesk.store.Outbox;
import io.orderdesk.store.OutboxAction;
import io.orderdesk.store.OutboxLine;
import io.orderdesk.store.Store;
import io.orderdesk.store.StoredProductOrder;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Staff actions (발주 확인, 발송 처리, 발송 지연 and the twelve claim writes) through the durable outbox. {@link #submit}
 * only writes the action to the store, so it is quick and works offline; one background sender thread sends the lines
 * in API-sized batches (30 for confirm and dispatch, else one), re-reading each batch's orders just before and after
 * the call. Every line ends DONE, FAILED (Naver refused it: code, message, trace ID kept) or SKIPPED (held back before
 * sending), or stays UNKNOWN when its answer was lost and a re-read cannot show it took effect; such a line is never
 * sent again on its own, only when a person resends it. A call that provably never left (no connection, rate limit,
 * maintenance) leaves its lines PENDING, and they go out when the connection is back.
 *
 * <p>Never touches the network on the caller's thread; listeners are told on the sender thread. One service per
 * database: on start it treats every line left SENDING as interrupted by a crash.
 */
public final class ActionService implements AutoCloseable {

    private static final Duration STOP_WAIT = Duration.ofSeconds(2);

    private final Store store;
    private final Clock clock;
    private final Listeners listeners = new Listeners();
    private final HttpGuard http = new HttpGuard();
    private final Sender sender;
    private Thread thread;

    /** A service with the default backoff (5 s doubling to 5 min). */
    public ActionService(Store store, Supplier<Optional<NpayOrderClient>> clients, Clock clock) {
        this(store, clients, clock, Backoff.defaults());
    }

    /**
     * @param clients the client for the current connection, or empty while none is configured (lines then wait)
     * @param clock   the time written on lines and audit entries
     * @param backoff how long to wait before trying again when nothing could be sent
     */
    public ActionService(Store store, Supplier<Optional<NpayOrderClient>> clients, Clock clock, Backoff backoff) {
        this.store = store;
        this.clock = clock;
        Outbox outbox = store.outbox();
        OrderReader reader = new OrderReader(store, http);
        Settler settler = new Settler(outbox, reader, clock, listeners::linesChanged);
        BatchSender batches = new BatchSender(outbox, reader, settler, http, clock, listeners::linesChanged);
        this.sender = new Sender(outbox, batches, settler, clients, clock, backoff, listeners);
    }

    /** Starts the sender thread: it recovers lines a crash left in flight, settles UNKNOWN lines, then sends. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("The action service was already started");
        }
        thread = new Thread(sender, "od-actions");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Checks the draft's shape (lines present, each product order once, the input the action needs) and writes the
     * action with its lines PENDING and an audit entry in one commit, then wakes the sender. The current stored state
     * of each order is kept as the line's baseline for the check before sending.
     *
     * @return the action's id
     * @throws IllegalArgumentException when the draft is malformed (Korean message); nothing is written then
     */
    public long submit(ActionDraft draft) {
        InputKinds.check(draft);
        Map<String, StoredProductOrder> stored = store.productOrders().findAll(InputKinds.ids(draft)).stream()
                .collect(Collectors.toMap(StoredProductOrder::productOrderId, Function.identity()));
        List<NewAction.Line> lines = draft.lines().stream().map(line -> new NewAction.Line(line.productOrderId(),
                InputJson.write(line.input()), baseline(stored.get(line.productOrderId())))).toList();
        long id = store.outbox().submit(new NewAction(draft.action(), draft.operator(), clock.instant(), lines));
        sender.announce(id);
        return id;
    }

    /**
     * A person sends FAILED or UNKNOWN lines of an action again, optionally with corrected inputs (e.g. a fixed
     * tracking number): they become PENDING with a RESEND audit entry naming {@code operator}, and the sender sends
     * them as a new attempt.
     *
     * @param inputs per product order to resend, its corrected input, or {@code null} to keep the one it has
     * @throws IllegalArgumentException when an input does not fit the action
     * @throws IllegalStateException    when a line is DONE, SKIPPED, PENDING or SENDING, or not part of the action;
     *                                  nothing is changed then
     */
    public void resend(long actionId, String operator, Map<String, ActionInput> inputs) {
        OutboxAction action = store.outbox().action(actionId)
                .orElseThrow(() -> new IllegalStateException("작업 " + actionId + "이(가) 없습니다."));
        InputKinds.checkResend(action.action(), inputs);
        Map<String, String> json = new LinkedHashMap<>();
        inputs.forEach((id, input) -> json.put(id, input == null ? null : InputJson.write(input)));
        store.outbox().resend(actionId, operator, json, clock.instant());
        sender.announce(actionId);
    }

    /** {@link #resend(long, String, Map)} in the name of the operator who submitted the action. */
    public void resend(long actionId, Map<String, ActionInput> inputs) {
        resend(actionId, null, inputs);
    }

    /** Asks the sender to settle the action's UNKNOWN lines by re-reading their orders now. */
    public void settle(long actionId) {
        sender.settle(actionId);
    }

    /** Cuts the sender's wait short, e.g. after the connection settings changed or the network came back. */
    public void wake() {
        sender.wake();
    }

    /** Whether the sender is waiting for the connection, and why. */
    public SenderStatus status() {
        return sender.status();
    }

    /** The latest actions, newest first, with how many lines are in each state. */
    public List<OutboxAction> recentActions(int limit) {
        return store.outbox().recent(limit);
    }

    /** One action with its per-state counts. */
    public Optional<OutboxAction> action(long actionId) {
        return store.outbox().action(actionId);
    }

    /** The action's lines in submit order, with their results and inputs. */
    public List<ActionLine> lines(long actionId) {
        return store.outbox().lines(actionId).stream().map(line -> new ActionLine(line, input(line))).toList();
    }

    /** The audit log, for screens. */
    public AuditLog auditLog() {
        return store.auditLog();
    }

    /**
     * Writes the audit entries logged in {@code [from, to)} (either {@code null} for open) to {@code file} as CSV
     * for Excel (UTF-8 with a byte-order mark, Korean headers), replacing the file.
     *
     * @return how many entries were written
     */
    public int exportAudit(Path file, Instant from, Instant to) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            return store.auditLog().exportCsv(out, from, to);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Adds a listener; it is called on the sender thread. */
    public void addListener(ActionListener listener) {
        listeners.add(listener);
    }

    /** Removes a listener added before. */
    public void removeListener(ActionListener listener) {
        listeners.remove(listener);
    }

    /**
     * Stops the sender promptly. A call in flight is abandoned: if its answer cannot be stored now, its lines stay
     * SENDING and the next start settles them by re-reading. Does not close the store or the client.
     */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            running = thread;
        }
        sender.stop();
        if (running == null) {
            return;
        }
        http.interrupt();
        try {
            running.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The line's input, or {@code null} when what is stored cannot be read (the line itself is still shown). */
    private static ActionInput input(OutboxLine line) {
        try {
            return InputJson.read(line.action(), line.inputJson());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LineBaseline baseline(StoredProductOrder stored) {
        return stored == null ? LineBaseline.NONE : LineBaseline.of(stored.summary(), AddressKey.of(stored.detailJson()));
    }
}
