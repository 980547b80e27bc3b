package io.orderdesk.app;

import io.orderdesk.actions.ActionDraft;
import io.orderdesk.actions.ActionLine;
import io.orderdesk.actions.ActionListener;
import io.orderdesk.actions.ActionService;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.store.OrderFilter;
import io.orderdesk.store.OrderIndex;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.Settings;
import io.orderdesk.ui.actions.ActionPort;
import io.orderdesk.ui.actions.DraftLine;
import io.orderdesk.ui.actions.LineResult;
import io.orderdesk.ui.settings.SettingKeys;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/** The action dialogs' port on the real outbox: submits in the operator's name, reads results and cached orders. */
final class OutboxActionPort implements ActionPort {

    static final String DEFAULT_CARRIER = "dispatch.defaultCarrier";

    private final ActionService actions;
    private final Settings settings;
    private final OrderIndex index;
    private final Map<LongConsumer, ActionListener> listeners = new ConcurrentHashMap<>();

    OutboxActionPort(ActionService actions, Settings settings, OrderIndex index) {
        this.actions = actions;
        this.settings = settings;
        this.index = index;
    }

    /** The operator name from the settings, else this PC's name, so every action says who did it. */
    static String operator(Settings settings) {
        return settings.get(SettingKeys.OPERATOR_NAME).map(String::trim).filter(name -> !name.isEmpty())
                .orElseGet(Owner::name);
    }

    @Override
    public long submit(OrderAction action, List<DraftLine> lines) {
        return actions.submit(new ActionDraft(action, operator(settings), lines.stream()
                .map(line -> new io.orderdesk.actions.DraftLine(line.productOrderId(), line.input())).toList()));
    }

    @Override
    public List<LineResult> lines(long actionId) {
        return actions.lines(actionId).stream().map(OutboxActionPort::result).toList();
    }

    /** A stored line as the dialogs show it. */
    static LineResult result(ActionLine line) {
        return new LineResult(line.productOrderId(), line.state(), line.line().resultCode(),
                line.line().resultMessage(), line.line().traceId(), line.line().note(),
                Boolean.TRUE.equals(line.line().receiverAddressChanged()));
    }

    @Override
    public void addListener(LongConsumer actionChanged) {
        ActionListener listener = actionChanged::accept;
        listeners.put(actionChanged, listener);
        actions.addListener(listener);
    }

    @Override
    public void removeListener(LongConsumer actionChanged) {
        ActionListener listener = listeners.remove(actionChanged);
        if (listener != null) {
            actions.removeListener(listener);
        }
    }

    @Override
    public Set<String> trackingNumberUsedBy(String trackingNumber, Collection<String> excludingProductOrderIds) {
        String wanted = compact(trackingNumber);
        Set<String> found = new LinkedHashSet<>();
        if (wanted.isEmpty()) {
            return found;
        }
        // Lines of the same order may travel in one box under one number, so the grid's own orders do not count.
        Set<String> sameOrders = new HashSet<>();
        index.summaries(excludingProductOrderIds).forEach(line -> sameOrders.add(line.orderId()));
        for (OrderSummary line : index.search(OrderFilter.all().withText(wanted).page(0, 200)).rows()) {
            if (line.trackingNumber() != null && compact(line.trackingNumber()).equals(wanted)
                    && !excludingProductOrderIds.contains(line.productOrderId())
                    && !sameOrders.contains(line.orderId())) {
                found.add(line.productOrderId());
            }
        }
        return found;
    }

    @Override
    public Optional<DeliveryCompany> defaultCarrier() {
        return settings.get(DEFAULT_CARRIER).map(code -> Coded.lookup(DeliveryCompany.class, code))
                .filter(company -> company != DeliveryCompany.UNKNOWN);
    }

    @Override
    public void rememberCarrier(DeliveryCompany company) {
        settings.put(DEFAULT_CARRIER, company.code());
    }

    private static String compact(String value) {
        return value == null ? "" : value.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
