package io.orderdesk.ui.main;

import io.orderdesk.domain.OrderAction;
import java.util.List;

/** Opens the action dialogs and the screens around them; the app supplies it. Called on the FX thread. */
public interface ActionOpener {

    /** The dialog for the action over the selected product orders (it offers only the lines that allow it). */
    void openAction(OrderAction action, List<String> productOrderIds);

    /** The outbox: every action with its per-line results, resend and the audit export. */
    void openActionLog();

    /** Buyer reviews for a period. */
    void openReviews();

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
