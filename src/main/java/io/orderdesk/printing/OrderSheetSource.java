package io.orderdesk.printing;

import java.util.List;

/** Where order sheets get their data: the app adapts the stored order details to it. */
@FunctionalInterface
public interface OrderSheetSource {

    /**
     * The sheet data of each product order among the ids that can be read, in the order of the ids; unknown or
     * unreadable ones are left out. Called off the FX thread.
     */
    List<SheetLine> lines(List<String> productOrderIds);
}
