package io.orderdesk.ui.actions;

import io.orderdesk.domain.OrderAction;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.support.UiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Makes the form for an action over the lines offered for it. */
final class ActionForms {

    private final ActionPort port;
    private final UiExecutor executor;
    private final Formats formats;
    private final Clock clock;
    private final Map<String, Instant> dueDates;

    /** @param dueDates the current 발송기한 of lines where known, for the delay form */
    ActionForms(ActionPort port, UiExecutor executor, Formats formats, Clock clock, Map<String, Instant> dueDates) {
        this.port = port;
        this.executor = executor;
        this.formats = formats;
        this.clock = clock;
        this.dueDates = Map.copyOf(dueDates);
    }

    ActionForm create(OrderAction action, List<ActionTarget> offered) {
        Inputs inputs = new Inputs(formats);
        return switch (action) {
            case DISPATCH, EXCHANGE_REDELIVER ->
                    new DispatchFormViewModel(action, offered, port, executor, inputs, formats, clock);
            case DELAY -> new DelayFormViewModel(offered, dueDates, inputs, formats, clock);
            case CANCEL_REQUEST -> new CancelFormViewModel(offered, inputs);
            case RETURN_REQUEST -> new ReturnRequestFormViewModel(offered, inputs);
            case RETURN_REJECT, EXCHANGE_REJECT -> new RejectFormViewModel(action, offered, inputs);
            case RETURN_HOLDBACK, EXCHANGE_HOLDBACK -> new HoldbackFormViewModel(action, offered, inputs);
            case CONFIRM, CANCEL_APPROVE, RETURN_APPROVE, RETURN_HOLDBACK_RELEASE, EXCHANGE_COLLECT_COMPLETE,
                    EXCHANGE_HOLDBACK_RELEASE -> new NoInputForm(action, offered, inputs);
        };
    }
}
