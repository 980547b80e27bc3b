package io.orderdesk.actions;

import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.store.LineOutcome;
import io.orderdesk.store.Outbox;
import io.orderdesk.store.OutboxLine;
import io.orderdesk.store.StoredProductOrder;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/** Settles UNKNOWN lines by re-reading their orders ({@link Settlement} decides) and stores the verdicts. */
final class Settler {

    private final Outbox outbox;
    private final OrderReader reader;
    private final Clock clock;
    private final LongConsumer changed;

    Settler(Outbox outbox, OrderReader reader, Clock clock, LongConsumer changed) {
        this.outbox = outbox;
        this.reader = reader;
        this.clock = clock;
        this.changed = changed;
    }

    /** Re-reads the lines' orders and settles them; API failures are thrown, and the lines stay UNKNOWN then. */
    void settle(NpayOrderClient client, List<OutboxLine> unknown) {
        if (unknown.isEmpty()) {
            return;
        }
        Map<String, StoredProductOrder> now = reader.read(client,
                unknown.stream().map(OutboxLine::productOrderId).toList());
        judge(unknown, now);
    }

    /** Settles the lines on orders already re-read. */
    void judge(List<OutboxLine> unknown, Map<String, StoredProductOrder> now) {
        List<LineOutcome> outcomes = Settlement.judge(unknown, now);
        if (outcomes.isEmpty()) {
            return;
        }
        outbox.settle(outcomes, clock.instant());
        Set<Long> ids = outcomes.stream().map(LineOutcome::lineId).collect(Collectors.toSet());
        unknown.stream().filter(line -> ids.contains(line.id())).map(OutboxLine::actionId).distinct()
                .forEach(changed::accept);
    }
}
