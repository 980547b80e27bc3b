package io.orderdesk.ui.main;

import io.orderdesk.domain.OrderAction;
import io.orderdesk.store.OrderFilter;
import io.orderdesk.ui.orders.OrderColumn;
import java.util.List;

/** Opens the action dialogs and the screens around them; the app supplies it. Called on the FX thread. */
public interface ActionOpener {

    /** The dialog for the action over the selected product orders (it offers only the lines that allow it). */
    void openAction(OrderAction action, List<String> productOrderIds);

    /** The outbox: every action with its per-line results, resend and the audit export. */
    void openActionLog();

    /** Buyer reviews for a period. */
    void openReviews();

    /** Tracking numbers from an Excel or CSV file, previewed, then queued as 발송 처리. */
    default void openImport() {
    }

    /** The rows of the current view (all pages) with the shown columns, to an .xlsx or .csv file the user picks. */
    default void exportView(OrderFilter filter, List<OrderColumn> columns) {
    }

    /** 주문서 / 포장 명세서 of the selected product orders: preview, print, save as PDF. */
    default void openPrint(List<String> productOrderIds) {
    }

    /** An opener that does nothing (screenshots of the placeholder, tests that do not act). */
    static ActionOpener none() {
        return new ActionOpener() {
            @Override
            public void openAction(OrderAction action, List<String> productOrderIds) {
            }

            @Override
            public void openActionLog() {
            }

            @Override
            public void openReviews() {
            }
        };
    }
}
