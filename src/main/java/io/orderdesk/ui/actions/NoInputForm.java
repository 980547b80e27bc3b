package io.orderdesk.ui.actions;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.OrderAction;
import java.util.List;

/** 발주 확인, approvals, holdback releases and 교환 수거 완료: nothing to fill in, the list of lines is the form. */
final class NoInputForm extends FormBase {

    NoInputForm(OrderAction action, List<ActionTarget> offered, Inputs inputs) {
        super(action, offered, inputs);
        validate();
    }

    @Override
    protected void check() {
    }

    @Override
    protected ActionInput input(ActionTarget target) {
        return ActionInput.None.INSTANCE;
    }
}
