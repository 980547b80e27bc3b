package io.orderdesk.ui.actions;

import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.OrderAction;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * What the action dialogs need from the outbox and the store; the app adapts the real services to it. Every method
 * is called off the FX thread.
 */
public interface ActionPort {

    /** Writes the action to the outbox and returns its id; the lines are sent in the background. */
    long submit(OrderAction action, List<DraftLine> lines);

    /** The current state of each line of the action. */
    List<LineResult> lines(long actionId);

    /** {@code actionChanged} is called, on any thread, with the action id whenever lines of an action change. */
    void addListener(LongConsumer actionChanged);

    void removeListener(LongConsumer actionChanged);

    /** The cached product orders, other than the excluded ones, that already carry this tracking number. */
    Set<String> trackingNumberUsedBy(String trackingNumber, Collection<String> excludingProductOrderIds);

    /** The carrier the shop used last, offered as the default for parcel dispatch. */
    Optional<DeliveryCompany> defaultCarrier();

    void rememberCarrier(DeliveryCompany company);
}
