package io.orderdesk.ui.reviews;

/** Shows a product order in the main window; the app wires it, so the reviews screen does not know that window. */
@FunctionalInterface
public interface OrderOpener {

    OrderOpener NONE = productOrderId -> { };

    void show(String productOrderId);
}
