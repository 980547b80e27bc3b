package io.orderdesk.ui.actions;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.OrderAction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/** An outbox and store stand-in that records what the dialogs hand it; safe to call from any thread. */
final class FakeActionPort implements ActionPort {

    record Submitted(long id, OrderAction action, List<DraftLine> lines) {
    }

    record UsedQuery(String number, Set<String> excluding) {
    }

    final List<Submitted> submitted = new CopyOnWriteArrayList<>();
    final List<UsedQuery> usedQueries = new CopyOnWriteArrayList<>();
    final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
    final List<DeliveryCompany> remembered = new CopyOnWriteArrayList<>();
    final Map<String, Set<String>> usedNumbers = new ConcurrentHashMap<>();
    final AtomicInteger linesCalls = new AtomicInteger();
    private final Map<Long, List<LineResult>> results = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(40);
    volatile DeliveryCompany defaultCarrier;
    volatile RuntimeException submitFailure;

    @Override
    public long submit(OrderAction action, List<DraftLine> lines) {
        if (submitFailure != null) {
            throw submitFailure;
        }
        long id = ids.incrementAndGet();
        submitted.add(new Submitted(id, action, List.copyOf(lines)));
        List<LineResult> pending = new ArrayList<>();
        lines.forEach(line -> pending.add(new LineResult(line.productOrderId(), ActionLineState.PENDING, null, null,
                null, null, false)));
        results.put(id, pending);
        return id;
    }

    @Override
    public List<LineResult> lines(long actionId) {
        linesCalls.incrementAndGet();
        return List.copyOf(results.getOrDefault(actionId, List.of()));
    }

    @Override
    public void addListener(LongConsumer actionChanged) {
        listeners.add(actionChanged);
    }

    @Override
    public void removeListener(LongConsumer actionChanged) {
        listeners.remove(actionChanged);
    }

    @Override
    public Set<String> trackingNumberUsedBy(String trackingNumber, Collection<String> excludingProductOrderIds) {
        usedQueries.add(new UsedQuery(trackingNumber, Set.copyOf(excludingProductOrderIds)));
        Set<String> used = new java.util.TreeSet<>(usedNumbers.getOrDefault(trackingNumber, Set.of()));
        used.removeAll(excludingProductOrderIds);
        return used;
    }

    @Override
    public Optional<DeliveryCompany> defaultCarrier() {
        return Optional.ofNullable(defaultCarrier);
    }

    @Override
    public void rememberCarrier(DeliveryCompany company) {
        remembered.add(company);
    }

    /** What the outbox would do as lines progress: store the new states and tell the listeners (on this thread). */
    void update(long actionId, List<LineResult> lines) {
        results.put(actionId, List.copyOf(lines));
        listeners.forEach(listener -> listener.accept(actionId));
    }

    Submitted last() {
        return submitted.get(submitted.size() - 1);
    }
}
