package io.orderdesk.actions;

import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.error.NpayApiException;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.store.Outbox;
import io.orderdesk.store.OutboxLine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender thread's loop: on start it turns lines left SENDING by a crash into UNKNOWN, then settles UNKNOWN lines
 * (again after every reconnect and on request), and sends PENDING batches one after the other. When nothing can be
 * sent it waits with a growing backoff, cut short by {@link #wake()}.
 */
final class Sender implements Runnable {

    static final String INTERRUPTED = "전송 중 앱이 종료되어 결과를 재조회로 확인합니다";
    static final String NOT_CONFIGURED = "네이버페이 연결이 설정되지 않아 보내지 못하고 기다립니다";
    private static final Duration IDLE = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);

    private final Outbox outbox;
    private final BatchSender batches;
    private final Settler settler;
    private final Supplier<Optional<NpayOrderClient>> clients;
    private final Clock clock;
    private final Backoff backoff;
    private final Listeners listeners;
    private final Queue<Long> toSettle = new ConcurrentLinkedQueue<>();
    private final Queue<Long> toAnnounce = new ConcurrentLinkedQueue<>();
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running = true;
    private volatile boolean settleAll = true;
    private volatile SenderStatus status = SenderStatus.OK;
    private int failures;

    Sender(Outbox outbox, BatchSender batches, Settler settler, Supplier<Optional<NpayOrderClient>> clients,
           Clock clock, Backoff backoff, Listeners listeners) {
        this.outbox = outbox;
        this.batches = batches;
        this.settler = settler;
        this.clients = clients;
        this.clock = clock;
        this.backoff = backoff;
        this.listeners = listeners;
    }

    @Override
    public void run() {
        recover();
        while (running) {
            announce();
            try {
                Optional<NpayOrderClient> client = clients.get();
                if (client.isEmpty()) {
                    waiting(NOT_CONFIGURED);
                    pause(IDLE);
                    continue;
                }
                settleDue(client.get());
                boolean sent = batches.sendNext(client.get());
                online();
                if (!sent) {
                    pause(IDLE);
                }
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                RuntimeException cause = e instanceof BatchSender.NotSent notSent ? notSent.failure() : e;
                LOG.info("Outbox waits: {}", cause.getMessage());
                waiting(Failures.message(cause));
                pause(backoff.after(++failures));
            }
        }
        announce();
    }

    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    void stop() {
        running = false;
        wake();
    }

    /** Settles the action's UNKNOWN lines on the sender thread, soon. */
    void settle(long actionId) {
        toSettle.add(actionId);
        wake();
    }

    /** Tells the listeners, from the sender thread, that lines of the action changed elsewhere. */
    void announce(long actionId) {
        toAnnounce.add(actionId);
        wake();
    }

    SenderStatus status() {
        return status;
    }

    private void recover() {
        try {
            List<OutboxLine> interrupted = outbox.interrupted(INTERRUPTED, clock.instant());
            interrupted.stream().map(OutboxLine::actionId).distinct().forEach(listeners::linesChanged);
        } catch (RuntimeException e) {
            LOG.error("Could not recover outbox lines left in flight", e);
        }
    }

    private void settleDue(NpayOrderClient client) {
        List<Long> actions = new ArrayList<>();
        for (Long id = toSettle.poll(); id != null; id = toSettle.poll()) {
            actions.add(id);
        }
        if (!settleAll && actions.isEmpty()) {
            return;
        }
        List<OutboxLine> unknown = outbox.linesIn(ActionLineState.UNKNOWN).stream()
                .filter(line -> settleAll || actions.contains(line.actionId())).toList();
        try {
            settler.settle(client, unknown);
        } catch (NpayApiException e) {
            toSettle.addAll(actions);
            throw e;
        } catch (RuntimeException e) {
            // Not the connection: trying again would fail the same way and hold up sending for good.
            LOG.error("Could not settle {} unknown outbox lines", unknown.size(), e);
        }
        settleAll = false;
    }

    private void online() {
        failures = 0;
        if (status.isWaiting()) {
            settleAll = true;
            publish(SenderStatus.OK);
        }
    }

    private void waiting(String problem) {
        Instant since = status.isWaiting() ? status.waitingSince() : clock.instant();
        if (!problem.equals(status.problem()) || !status.isWaiting()) {
            publish(new SenderStatus(since, problem));
        }
    }

    private void publish(SenderStatus next) {
        status = next;
        listeners.statusChanged(next);
    }

    private void announce() {
        for (Long id = toAnnounce.poll(); id != null; id = toAnnounce.poll()) {
            listeners.linesChanged(id);
        }
    }

    private void pause(Duration wait) {
        synchronized (signal) {
            long deadline = System.nanoTime() + wait.toNanos();
            try {
                for (long left = wait.toNanos(); !woken && running && left > 0; left = deadline - System.nanoTime()) {
                    signal.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                running = false;
            }
            woken = false;
        }
    }
}
