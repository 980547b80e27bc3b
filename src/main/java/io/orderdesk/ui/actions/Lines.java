package io.orderdesk.ui.actions;

/** How a line's product reads in the dialogs: "상품명 / 옵션 × 2". */
final class Lines {

    private Lines() {
    }

    static String product(ActionTarget target) {
        StringBuilder text = new StringBuilder(target.productName() == null ? "" : target.productName());
        if (target.optionText() != null && !target.optionText().isBlank()) {
            text.append(" / ").append(target.optionText());
        }
        return text.append(" × ").append(target.quantity()).toString();
    }
}
