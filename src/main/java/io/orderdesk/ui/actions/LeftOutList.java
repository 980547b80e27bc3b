package io.orderdesk.ui.actions;

import io.orderdesk.ui.orders.Formats;
import java.util.ArrayList;
import java.util.List;

/** The left-out lines in words, one per line, cut after a few so the dialog keeps its size. */
final class LeftOutList {

    static final int SHOWN = 6;

    private LeftOutList() {
    }

    static String describe(List<Offer.LeftOut> leftOut, Formats formats) {
        List<String> lines = new ArrayList<>();
        for (Offer.LeftOut line : leftOut.subList(0, Math.min(SHOWN, leftOut.size()))) {
            ActionTarget target = line.target();
            String name = target.productName() == null || target.productName().isBlank() ? ""
                    : " " + target.productName();
            lines.add(formats.text("actions.leftOut.line", target.productOrderId(), name, line.reason()));
        }
        if (leftOut.size() > SHOWN) {
            lines.add(formats.text("actions.leftOut.more", leftOut.size() - SHOWN));
        }
        return String.join("\n", lines);
    }
}
